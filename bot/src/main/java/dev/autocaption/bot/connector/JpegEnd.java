package dev.autocaption.bot.connector;

/**
 * Tells a JPEG that was cut off (a download to retry) from one that is whole, by walking its marker segments and
 * entropy-coded scans up to the end-of-image marker. Whatever follows that marker is ignored: cameras and editors
 * append data after it, and the picture before it is complete. A body whose structure is broken in another way is
 * not called truncated; the decoder then judges it (and refuses it as a bad image).
 */
final class JpegEnd {
    private JpegEnd() {
    }

    /** True when {@code body} starts as a JPEG and ends before its end-of-image marker. */
    static boolean truncated(byte[] body) {
        if (body.length < 2 || (body[0] & 0xFF) != 0xFF || (body[1] & 0xFF) != 0xD8) {
            return false;
        }
        int at = 2;
        while (true) {
            if (at >= body.length) {
                return true;
            }
            if ((body[at] & 0xFF) != 0xFF) {
                return false;
            }
            while (at < body.length && (body[at] & 0xFF) == 0xFF) {
                at++;
            }
            if (at >= body.length) {
                return true;
            }
            int marker = body[at++] & 0xFF;
            if (marker == 0xD9) {
                return false;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            if (marker == 0x00 || at + 2 > body.length) {
                return marker != 0x00;
            }
            int length = (body[at] & 0xFF) << 8 | (body[at + 1] & 0xFF);
            if (length < 2) {
                return false;
            }
            at = marker == 0xDA ? afterScan(body, at + length) : at + length;
        }
    }

    /** Where the marker after an entropy-coded scan starts ({@code body.length} when the scan runs off the end). */
    private static int afterScan(byte[] body, int from) {
        int at = from;
        while (at + 1 < body.length) {
            if ((body[at] & 0xFF) == 0xFF) {
                int next = body[at + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                    return at;
                }
                at += next == 0xFF ? 1 : 2;
            } else {
                at++;
            }
        }
        return body.length;
    }
}
