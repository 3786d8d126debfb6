package dev.autocaption.inference.image;

/**
 * The eight EXIF orientations (TIFF tag 0x0112): how the stored pixels must be turned to be seen upright.
 *
 * <p>{@link #apply} maps each displayed pixel {@code (x, y)} to a stored pixel; for the stored image of width
 * {@code w} and height {@code h} that is, per tag value: 1 {@code (x, y)}, 2 {@code (w-1-x, y)},
 * 3 {@code (w-1-x, h-1-y)}, 4 {@code (x, h-1-y)}, 5 {@code (y, x)}, 6 {@code (y, h-1-x)},
 * 7 {@code (w-1-y, h-1-x)}, 8 {@code (w-1-y, x)}. Values 5 to 8 swap width and height.
 */
enum Orientation {
    NORMAL,
    MIRROR_HORIZONTAL,
    ROTATE_180,
    MIRROR_VERTICAL,
    TRANSPOSE,
    ROTATE_90_CLOCKWISE,
    TRANSVERSE,
    ROTATE_90_COUNTERCLOCKWISE;

    /** The orientation for an EXIF tag value; anything outside 1..8 is treated as {@link #NORMAL}. */
    static Orientation ofTag(int tag) {
        return tag >= 1 && tag <= 8 ? values()[tag - 1] : NORMAL;
    }

    int tag() {
        return ordinal() + 1;
    }

    boolean swapsAxes() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /** The upright image; the same instance for {@link #NORMAL}. */
    DecodedImage apply(DecodedImage stored) {
        if (this == NORMAL) {
            return stored;
        }
        int w = stored.width();
        int h = stored.height();
        int outWidth = swapsAxes() ? h : w;
        int outHeight = swapsAxes() ? w : h;
        byte[] in = stored.rgb();
        byte[] out = new byte[in.length];
        int step = 3 * step(w);
        int o = 0;
        for (int y = 0; y < outHeight; y++) {
            int s = 3 * rowStart(y, w, h);
            for (int x = 0; x < outWidth; x++, s += step) {
                out[o++] = in[s];
                out[o++] = in[s + 1];
                out[o++] = in[s + 2];
            }
        }
        return new DecodedImage(outWidth, outHeight, out);
    }

    /** Stored pixel index of displayed pixel (0, y). */
    private int rowStart(int y, int w, int h) {
        return switch (this) {
            case NORMAL -> y * w;
            case MIRROR_HORIZONTAL -> y * w + w - 1;
            case ROTATE_180 -> (h - 1 - y) * w + w - 1;
            case MIRROR_VERTICAL -> (h - 1 - y) * w;
            case TRANSPOSE -> y;
            case ROTATE_90_CLOCKWISE -> (h - 1) * w + y;
            case TRANSVERSE -> (h - 1) * w + w - 1 - y;
            case ROTATE_90_COUNTERCLOCKWISE -> w - 1 - y;
        };
    }

    /** Stored pixel index difference between displayed pixels (x+1, y) and (x, y). */
    private int step(int w) {
        return switch (this) {
            case NORMAL, MIRROR_VERTICAL -> 1;
            case MIRROR_HORIZONTAL, ROTATE_180 -> -1;
            case TRANSPOSE, ROTATE_90_COUNTERCLOCKWISE -> w;
            case ROTATE_90_CLOCKWISE, TRANSVERSE -> -w;
        };
    }
}
