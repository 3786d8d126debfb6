package dev.autocaption.inference.image;

/**
 * Decoded pixels: 8-bit RGB, interleaved, row-major, orientation already applied, alpha composited away.
 *
 * @param width  in pixels, at least 1
 * @param height in pixels, at least 1
 * @param rgb    {@code width * height * 3} bytes (R, G, B per pixel), not copied
 */
public record DecodedImage(int width, int height, byte[] rgb) {
    public DecodedImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
        }
        if (rgb == null || rgb.length != width * height * 3) {
            throw new IllegalArgumentException("rgb must hold width*height*3 = " + (width * height * 3)
                    + " bytes, was " + (rgb == null ? "null" : rgb.length));
        }
    }

    /** Every {@code step}-th pixel of every {@code step}-th row, from the first: what ImageIO's subsampling reads. */
    DecodedImage everyNth(int step) {
        int outWidth = (width + step - 1) / step;
        int outHeight = (height + step - 1) / step;
        byte[] out = new byte[outWidth * outHeight * 3];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                System.arraycopy(rgb, ((y * step) * width + x * step) * 3, out, (y * outWidth + x) * 3, 3);
            }
        }
        return new DecodedImage(outWidth, outHeight, out);
    }

    @Override
    public String toString() {
        return "DecodedImage[" + width + "x" + height + "]";
    }
}
