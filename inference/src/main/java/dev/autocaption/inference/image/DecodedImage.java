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

    @Override
    public String toString() {
        return "DecodedImage[" + width + "x" + height + "]";
    }
}
