package dev.autocaption.inference.image;

/**
 * Reads the orientation tag (0x0112) of IFD0 from a JPEG's APP1 "Exif" segment. Walks only the marker segments
 * before the first scan, bounds-checks every offset against the segment, and answers {@link Orientation#NORMAL}
 * for anything missing or malformed: a broken EXIF block must never cost us the image.
 */
final class ExifOrientation {
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};

    private ExifOrientation() {
    }

    static Orientation read(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == SOS || marker == EOI) {
                break;
            }
            if (isStandalone(marker)) {
                pos += 2;
                continue;
            }
            int length = new Tiff(jpeg, false).u16(pos + 2);
            if (length < 2) {
                break;
            }
            if (marker == APP1 && Magic.startsWith(jpeg, pos + 4, EXIF_HEADER)) {
                return Orientation.ofTag(orientationTag(jpeg, pos + 10, Math.min(jpeg.length, pos + 2 + length)));
            }
            pos += 2 + length;
        }
        return Orientation.NORMAL;
    }

    /** Markers without a length field: TEM, RSTn, SOI. */
    private static boolean isStandalone(int marker) {
        return marker == 0x01 || marker >= 0xD0 && marker <= 0xD8;
    }

    /** Tag value from the TIFF structure in {@code [start, end)}, or 0 when absent or unreadable. */
    private static int orientationTag(byte[] b, int start, int end) {
        if (end - start < 8) {
            return 0;
        }
        boolean little = b[start] == 'I' && b[start + 1] == 'I';
        if (!little && !(b[start] == 'M' && b[start + 1] == 'M')) {
            return 0;
        }
        Tiff tiff = new Tiff(b, little);
        long ifd = tiff.u32(start + 4);
        if (tiff.u16(start + 2) != 42 || ifd < 8 || ifd > end - start - 2) {
            return 0;
        }
        int entries = start + (int) ifd + 2;
        int count = tiff.u16(entries - 2);
        for (int i = 0; i < count && entries + 12 * (i + 1) <= end; i++) {
            int entry = entries + 12 * i;
            if (tiff.u16(entry) == ORIENTATION_TAG) {
                return tiff.u16(entry + 2) == TYPE_SHORT ? tiff.u16(entry + 8) : 0;
            }
        }
        return 0;
    }

    /** Endian-aware unsigned reads; callers keep offsets within the array. */
    private record Tiff(byte[] b, boolean little) {
        int u16(int at) {
            int first = b[at] & 0xFF;
            int second = b[at + 1] & 0xFF;
            return little ? first | second << 8 : first << 8 | second;
        }

        long u32(int at) {
            long high = little ? u16(at + 2) : u16(at);
            long low = little ? u16(at) : u16(at + 2);
            return high << 16 | low;
        }
    }
}
