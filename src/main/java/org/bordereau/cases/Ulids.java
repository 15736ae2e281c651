package org.bordereau.cases;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * ULIDs (ulid/spec) for everything the service names — cases, documents, letters, dossiers: 48 bits
 * of milliseconds then 80 random bits, 26 characters of Crockford base32. They sort by time of
 * creation, need no coordination between instances, and cannot be guessed from another id.
 */
public final class Ulids {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Ulids(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        char[] out = new char[26];
        long millis = clock.millis();
        for (int i = 9; i >= 0; i--) { // 10 characters x 5 bits: the 48-bit time, 2 leading zero bits
            out[i] = CROCKFORD[(int) (millis & 31)];
            millis >>>= 5;
        }
        byte[] noise = new byte[10];
        random.nextBytes(noise);
        for (int half = 0; half < 2; half++) { // 2 x 40 random bits = 2 x 8 characters
            long bits = 0;
            for (int i = 0; i < 5; i++) {
                bits = (bits << 8) | (noise[half * 5 + i] & 0xff);
            }
            for (int i = 7; i >= 0; i--) {
                out[10 + half * 8 + i] = CROCKFORD[(int) (bits & 31)];
                bits >>>= 5;
            }
        }
        return new String(out);
    }
}
