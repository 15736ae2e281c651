package org.bordereau.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-05T09:00:00Z");

        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void aKeyCreatedElsewhereWorksAtOnceAndARevokedOneStopsWithinSeconds() {
        FileBlobStore store = new FileBlobStore(dir);
        TestClock clock = new TestClock();
        ApiKeys server = new ApiKeys(store, clock);
        ApiKeys cli = new ApiKeys(store, clock); // another process sharing the store

        IssuedKey issued = cli.create("acme", Role.AGENT, "ERP");
        assertThat(server.authenticate(issued.secret())).hasValueSatisfying(p -> {
            assertThat(p.tenant()).isEqualTo("acme");
            assertThat(p.actor()).startsWith("key:").doesNotContain(issued.secret());
        });

        assertThat(cli.revoke("acme", issued.key().id())).isTrue();
        clock.now = clock.now.plus(ApiKeys.CACHE_TTL).plus(Duration.ofMillis(1));
        assertThat(server.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void anotherTenantCannotRevokeAKey() {
        ApiKeys keys = new ApiKeys(new FileBlobStore(dir), Clock.systemUTC());
        IssuedKey issued = keys.create("acme", Role.LAWYER, null);
        assertThat(keys.revoke("rival", issued.key().id())).isFalse();
        assertThat(keys.authenticate(issued.secret())).isPresent();
    }

    @Test
    void malformedOrUnknownSecretsAreRejectedWithoutStorageKeysLeaking() {
        ApiKeys keys = new ApiKeys(new FileBlobStore(dir), Clock.systemUTC());
        assertThat(keys.authenticate(null)).isEmpty();
        assertThat(keys.authenticate("../../sys/keys/x")).isEmpty();
        assertThat(keys.authenticate("bdx_" + "A".repeat(43))).isEmpty();
    }
}
