package org.bordereau.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.bordereau.cases.InvalidCommandException;
import org.bordereau.cases.TenantSettings;

/**
 * The follow-up settings in force for a tenant (GET/PUT /v1/settings/follow-up): the tenant's own copy
 * when it has one ({@code t/{tenant}/settings/follow-up.json}, stored through
 * {@link TenantSettings}), else the bundled defaults. A tenant's copy is a whole document: what it
 * leaves out is not taken from the defaults, so what an agent reads back is all that applies.
 */
public final class FollowUpSettings {
    static final String NAME = "follow-up";

    private final TenantSettings store;
    private final FollowUpRules.Defaults defaults;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public FollowUpSettings(TenantSettings store, FollowUpRules.Defaults defaults, Clock clock) {
        this.store = store;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** Where the settings in force come from. */
    public enum Source { DEFAULT, TENANT }

    /**
     * The settings in force: {@code basis} says where default figures come from; {@code updatedAt}
     * and {@code updatedBy} say who set a tenant's own (null for the defaults).
     */
    public record Effective(Source source, String basis, Instant updatedAt, String updatedBy,
                            FollowUpRules settings) {}

    /** How a tenant's copy is stored. */
    record Stored(FollowUpRules.Draft settings, Instant updatedAt, String updatedBy) {}

    public Effective get(String tenant) {
        return store.read(tenant, NAME).map(this::parse).orElseGet(
                () -> new Effective(Source.DEFAULT, defaults.source(), null, null, defaults.rules()));
    }

    /** The rules the follow-up of {@code tenant}'s cases uses. */
    public FollowUpRules rules(String tenant) {
        return get(tenant).settings();
    }

    /**
     * Replaces the tenant's settings.
     *
     * @throws InvalidCommandException naming every missing or out-of-range field; nothing is stored
     */
    public Effective put(String tenant, String actor, FollowUpRules.Draft draft) {
        FollowUpRules rules = FollowUpRules.validate(draft);
        Stored stored = new Stored(rules.draft(), clock.instant(), actor);
        try {
            store.write(tenant, NAME, json.writeValueAsBytes(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings always serialise", e);
        }
        return new Effective(Source.TENANT, null, stored.updatedAt(), actor, rules);
    }

    private Effective parse(byte[] bytes) {
        try {
            Stored stored = json.readValue(bytes, Stored.class);
            return new Effective(Source.TENANT, null, stored.updatedAt(), stored.updatedBy(),
                    FollowUpRules.validate(stored.settings()));
        } catch (IOException | InvalidCommandException e) {
            // Only this class writes the document, after validation: a bad one was edited by hand.
            throw new IllegalStateException("the stored follow-up settings do not read back", e);
        }
    }
}
