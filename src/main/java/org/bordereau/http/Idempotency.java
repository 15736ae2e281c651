package org.bordereau.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bordereau.cases.Replays;

/**
 * {@code Idempotency-Key}: a retried command gets the first answer again instead of a second effect.
 * A key reused for a different request is refused, since the client is confused about what it sent.
 */
final class Idempotency {
    static final String HEADER = "Idempotency-Key";
    /** A claim without an answer after this long belongs to a request that died. */
    private static final Duration CLAIM_STALE = Duration.ofMinutes(2);
    /** How long a retry waits for the answer of the request that holds the claim. */
    private static final Duration WAIT_FOR_TWIN = Duration.ofSeconds(20);

    /** A command with a lasting effect (a letter, a dossier), run under the effect id it is given. */
    @FunctionalInterface
    interface Effect {
        Replays.Answer run(String effectId) throws IOException;
    }

    private Idempotency() {}

    static Optional<Replays.Answer> lookup(Replays replays, String tenant, String key, String scope) {
        if (key == null) {
            return Optional.empty();
        }
        if (!Replays.validKey(key)) {
            throw ProblemException.invalid("Invalid Idempotency-Key.", List.of(new Problem.FieldError(HEADER,
                    "must be 1 to 200 visible ASCII characters, e.g. a UUID")));
        }
        Optional<Replays.Answer> found = replays.find(tenant, key);
        if (found.isPresent() && !found.get().scope().equals(scope)) {
            throw usedElsewhere(found.get().scope());
        }
        return found;
    }

    /** A key is one request's: another request with it gets a 422, never that request's answer. */
    private static ProblemException usedElsewhere(String scope) {
        return ProblemException.invalid("This Idempotency-Key was already used for another request.",
                List.of(new Problem.FieldError(HEADER, "was used for '" + scope + "'; use a new key for a new request")));
    }

    /**
     * Runs {@code effect} at most once per key, even when retries race on several instances: the key is
     * claimed first (with {@code newEffectId}); a retry that loses the claim waits for the winner's answer;
     * a stale claim is taken over under the effect id it recorded. Without a key the effect just runs.
     */
    static void runOnce(Context ctx, Replays replays, String tenant, String key, String scope, String newEffectId,
                        Instant now, Effect effect) throws IOException {
        String effectId = newEffectId;
        if (key != null) {
            Replays.Claim claim = replays.claim(tenant, key, scope, newEffectId, now, CLAIM_STALE);
            if (!claim.won() && claim.scope() != null && !claim.scope().equals(scope)) {
                throw usedElsewhere(claim.scope());
            }
            if (!claim.won()) {
                Replays.Answer twin = awaitTwin(replays, tenant, key);
                if (!twin.scope().equals(scope)) {
                    throw usedElsewhere(twin.scope());
                }
                replay(ctx, twin);
                return;
            }
            effectId = claim.effectId();
        }
        Replays.Answer answer = effect.run(effectId);
        replay(ctx, key == null ? answer : replays.remember(tenant, key, answer));
    }

    /** Another request with the same key is running the command right now: wait for its answer. */
    private static Replays.Answer awaitTwin(Replays replays, String tenant, String key) {
        long deadline = System.nanoTime() + WAIT_FOR_TWIN.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Replays.Answer> answer = replays.find(tenant, key);
            if (answer.isPresent()) {
                return answer.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new ProblemException(Problem.of(409, "in-progress", "Request in progress",
                "A request with this Idempotency-Key is still being processed. Retry in a few seconds with the "
                        + "same key to get its answer."), "5");
    }

    static void replay(Context ctx, Replays.Answer answer) {
        if (answer.location() != null) {
            ctx.header("Location", answer.location());
        }
        ctx.status(answer.status()).contentType("application/json").result(answer.body());
    }
}
