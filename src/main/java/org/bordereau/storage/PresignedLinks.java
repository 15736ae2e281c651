package org.bordereau.storage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-limited download links for stores that cannot presign by themselves (the file store): the
 * service serves {@code GET {publicBaseUrl}/v1/links/{token}} by calling {@link #verify} and then
 * {@code store.get(key)}.
 *
 * <p>Token = base64url(key "\n" expiry-epoch-seconds) "." base64url(HMAC-SHA256). The MAC covers
 * the encoded payload, so nothing is decoded before it is authenticated, and it is compared in
 * constant time. A token carries no tenant: whoever holds an unexpired link may download that one
 * object, which is what a presigned S3 URL means too.
 */
public final class PresignedLinks {
    public static final String PATH = "/v1/links/";
    /** The longest an S3 presigned URL may live (SigV4); the file store keeps the same contract. */
    public static final Duration MAX_TTL = Duration.ofDays(7);
    private static final int MIN_SECRET_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 4096;
    private static final String MAC_ALGORITHM = "HmacSHA256";
    // Binds the MAC to this use and version, so the secret can never sign anything else by accident.
    private static final String MAC_CONTEXT = "bordereau-link-v1.";

    private final String baseUrl;
    private final byte[] secret;
    private final Clock clock;

    public PresignedLinks(URI publicBaseUrl, byte[] secret, Clock clock) {
        if (publicBaseUrl == null || !publicBaseUrl.isAbsolute()) {
            throw new IllegalArgumentException("the public base URL must be absolute, e.g. https://bordereau.example");
        }
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the link secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        String base = publicBaseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.secret = secret.clone();
        this.clock = clock;
    }

    /** A URL that {@link #verify} accepts for {@code ttl} (at most {@link #MAX_TTL}). */
    public URI create(String key, Duration ttl) {
        BlobKeys.requireKey(key);
        requireTtl(ttl);
        long expiry = clock.instant().plus(ttl).getEpochSecond();
        String payload = encode((key + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
        return URI.create(baseUrl + PATH + payload + "." + encode(mac(payload)));
    }

    /** The key a token grants, if its MAC is ours and it has not expired; empty for anything else. */
    public Optional<String> verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        // Compares the encoded text, not decoded bytes: base64 decoders ignore a last character's
        // spare bits, and a token should have exactly one spelling.
        byte[] expected = encode(mac(payload)).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, presented)) {
            return Optional.empty();
        }
        return keyIfUnexpired(decode(payload));
    }

    private Optional<String> keyIfUnexpired(byte[] payload) {
        if (payload == null) {
            return Optional.empty();
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        int newline = text.lastIndexOf('\n');
        if (newline < 0) {
            return Optional.empty();
        }
        String key = text.substring(0, newline);
        long expiry;
        try {
            expiry = Long.parseLong(text.substring(newline + 1));
        } catch (NumberFormatException notOurs) {
            // Cannot happen with a valid MAC; a malformed token is simply not a link.
            return Optional.empty();
        }
        boolean live = clock.instant().getEpochSecond() < expiry;
        return live && BlobKeys.isValidKey(key) ? Optional.of(key) : Optional.empty();
    }

    static void requireTtl(Duration ttl) {
        if (ttl == null || ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException("a link lives between 1 second and " + MAX_TTL.toDays() + " days");
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(new SecretKeySpec(secret, MAC_ALGORITHM));
            return mac.doFinal((MAC_CONTEXT + payload).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is required of every Java runtime", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            // A token that is not base64url is not a link; the caller answers 404 either way.
            return null;
        }
    }

    @Override
    public String toString() {
        return "PresignedLinks[" + baseUrl + ", secret of " + secret.length + " bytes]";
    }
}
