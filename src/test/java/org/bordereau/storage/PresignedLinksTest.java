package org.bordereau.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresignedLinksTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final PresignedLinks links = new PresignedLinks(URI.create("https://bordereau.example/"), SECRET, clock);

    @Test
    void aLinkNamesItsKeyUntilItExpires() {
        URI url = links.create("t/acme/out/letter.pdf", Duration.ofMinutes(15));
        assertThat(url.toString()).startsWith("https://bordereau.example/v1/links/");
        String token = token(url);
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(links.verify(token)).hasValue("t/acme/out/letter.pdf");

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(links.verify(token)).hasValue("t/acme/out/letter.pdf");
        clock.advance(Duration.ofSeconds(1));
        assertThat(links.verify(token)).isEmpty();
    }

    @Test
    void anyChangeToTheTokenBreaksIt() {
        String token = token(links.create("t/acme/out/a.pdf", Duration.ofMinutes(5)));
        String payload = token.substring(0, token.indexOf('.'));
        String mac = token.substring(token.indexOf('.') + 1);

        String otherKey = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                        .replace("a.pdf", "b.pdf").getBytes(StandardCharsets.UTF_8));
        assertThat(links.verify(otherKey + "." + mac)).isEmpty();
        String laterExpiry = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("t/acme/out/a.pdf\n" + Long.MAX_VALUE).getBytes(StandardCharsets.UTF_8));
        assertThat(links.verify(laterExpiry + "." + mac)).isEmpty();
        assertThat(links.verify(payload + "." + flipLast(mac))).isEmpty();
        assertThat(links.verify(payload)).isEmpty();
        assertThat(links.verify(payload + "." + mac + ".x")).isEmpty();
        assertThat(links.verify("!!!." + mac)).isEmpty();
        assertThat(links.verify("")).isEmpty();
        assertThat(links.verify(null)).isEmpty();
        assertThat(links.verify("a".repeat(10_000))).isEmpty();
    }

    @Test
    void anotherSecretsLinksAreNotOurs() {
        byte[] other = SECRET.clone();
        other[0] ^= 1;
        PresignedLinks theirs = new PresignedLinks(URI.create("https://bordereau.example"), other, clock);
        assertThat(links.verify(token(theirs.create("t/x", Duration.ofMinutes(5))))).isEqualTo(Optional.empty());
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> new PresignedLinks(URI.create("https://x"), new byte[16], clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PresignedLinks(URI.create("/relative"), SECRET, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.create("../etc/passwd", Duration.ofMinutes(1))).isInstanceOf(InvalidKeyException.class);
        assertThatThrownBy(() -> links.create("t/x", Duration.ofDays(8))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.create("t/x", Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(links.toString()).doesNotContain("0123456789abcdef");
    }

    private static String token(URI url) {
        String path = url.getRawPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String flipLast(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
