package dev.autocaption.inference.image;

import java.nio.charset.StandardCharsets;

/** Byte-prefix comparisons for format sniffing. */
final class Magic {
    private Magic() {
    }

    static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWithAscii(byte[] bytes, int offset, String prefix) {
        return startsWith(bytes, offset, prefix.getBytes(StandardCharsets.US_ASCII));
    }
}
