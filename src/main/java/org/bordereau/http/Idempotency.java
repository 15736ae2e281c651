package org.bordereau.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.bordereau.cases.Replays;

/**
 * {@code Idempotency-Key}: a retried command gets the first answer again instead of a second effect.
 * A key reused for a different request is refused, since the client is confused about what it sent.
 */
final class Idempotency {
    static final String HEADER = "Idempotency-Key";

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
            throw ProblemException.invalid("This Idempotency-Key was already used for another request.",
                    List.of(new Problem.FieldError(HEADER, "was used for '" + found.get().scope()
                            + "'; use a new key for a new request")));
        }
        return found;
    }

    static void replay(Context ctx, Replays.Answer answer) {
        if (answer.location() != null) {
            ctx.header("Location", answer.location());
        }
        ctx.status(answer.status()).contentType("application/json").result(answer.body());
    }
}
