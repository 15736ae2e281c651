package org.bordereau.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlobKeysTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "t/acme/blobs/sha256/ab/ab12cd", "t/acme/cases/01J9/events/0000000001.json", "sys/keys/ff00.json",
            "a", "A-Z_a.z~0=9+x@y,z", "a/b.c/d..e", "x.", "a/b/c/d/e/f"})
    void plainRelativePathsAreKeys(String key) {
        assertThat(BlobKeys.requireKey(key)).isEqualTo(key);
        assertThat(BlobKeys.isValidKey(key)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("org.bordereau.storage.BlobStoreContract#hostileKeys")
    void hostileKeysAreRefused(String key) {
        assertThat(BlobKeys.isValidKey(key)).isFalse();
        assertThatThrownBy(() -> BlobKeys.requireKey(key)).isInstanceOf(InvalidKeyException.class)
                .hasMessageStartingWith("invalid storage key");
    }

    @Test
    void theLimitsAreInclusive() {
        String segment = "s".repeat(BlobKeys.MAX_SEGMENT_LENGTH);
        assertThat(BlobKeys.isValidKey(segment)).isTrue();
        assertThat(BlobKeys.isValidKey(segment + "s")).isFalse();
        String longKey = (segment + "/").repeat(6).substring(0, BlobKeys.MAX_KEY_LENGTH);
        assertThat(longKey).hasSize(1024);
        assertThat(BlobKeys.isValidKey(longKey)).isTrue();
        assertThat(BlobKeys.isValidKey(longKey + "x")).isFalse();
        assertThat(BlobKeys.isValidKey(null)).isFalse();
    }

    @Test
    void prefixesMayBeEmptyOrEndWithASlash() {
        assertThat(BlobKeys.requirePrefix("")).isEmpty();
        assertThat(BlobKeys.requirePrefix("t/acme/")).isEqualTo("t/acme/");
        assertThat(BlobKeys.requirePrefix("t/ac")).isEqualTo("t/ac");
        for (String bad : new String[] {"/", "t//", "../", "t/../", "t/%2e/", "t\\", "t/./", null}) {
            assertThatThrownBy(() -> BlobKeys.requirePrefix(bad)).as(String.valueOf(bad)).isInstanceOf(InvalidKeyException.class);
        }
        assertThat(BlobKeys.requireFolder("")).isEmpty();
        assertThat(BlobKeys.requireFolder("t/")).isEqualTo("t/");
        assertThatThrownBy(() -> BlobKeys.requireFolder("t")).isInstanceOf(InvalidKeyException.class);
    }

    @Test
    void messagesNeverEchoTheKey() {
        assertThatThrownBy(() -> BlobKeys.requireKey("evil\r\nFAKE LOG LINE"))
                .hasMessageNotContaining("FAKE").hasMessageContaining("U+000D");
    }
}
