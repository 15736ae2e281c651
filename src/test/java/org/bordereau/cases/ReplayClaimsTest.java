package org.bordereau.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bordereau.storage.FileBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in review: a key claimed by a letter request on case A, then sent with a request on case B while
 * A's was running, lost the claim and was answered with A's letter; B's letter was never issued.
 */
class ReplayClaimsTest {
    @TempDir
    Path dir;

    @Test
    void aKeyHeldForAnotherRequestSaysWhichOneSoItsAnswerIsNeverReplayed() {
        Replays replays = new Replays(new FileBlobStore(dir));
        Instant now = Instant.parse("2025-06-30T10:00:00Z");
        String a = "POST /v1/cases/A/letters";

        Replays.Claim first = replays.claim("acme", "key-1", a, "L-A", now, Duration.ofMinutes(2));
        Replays.Claim twin = replays.claim("acme", "key-1", a, "L-A2", now, Duration.ofMinutes(2));
        Replays.Claim other = replays.claim("acme", "key-1", "POST /v1/cases/B/letters", "L-B", now,
                Duration.ofMinutes(2));

        assertThat(first.won()).isTrue();
        assertThat(twin.won()).isFalse();
        assertThat(twin.scope()).as("a retry of the same request waits for its answer").isEqualTo(a);
        assertThat(other.won()).isFalse();
        assertThat(other.scope()).as("another request learns the key is not its own").isEqualTo(a);
    }
}
