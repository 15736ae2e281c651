package org.bordereau.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Looks for a marker in a file's raw bytes, streaming, when the PDF parser cannot read it. */
final class RawScan {
    private RawScan() {}

    static boolean contains(Path file, String marker) {
        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[64 * 1024];
        int kept = 0; // bytes carried over so a marker split across reads is still found
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer, kept, buffer.length - kept)) > 0; ) {
                int end = kept + n;
                if (indexOf(buffer, end, needle) >= 0) {
                    return true;
                }
                kept = Math.min(needle.length - 1, end);
                System.arraycopy(buffer, end - kept, buffer, 0, kept);
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static int indexOf(byte[] haystack, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
