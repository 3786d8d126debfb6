package dev.autocaption.inference.image;

/** Ink patterns for {@link TestImages#adobeJpeg}. */
final class TestImagesInk {
    private TestImagesInk() {
    }

    /** Left half cyan ink, right half none; the bottom half adds full black. For 64x64 images. */
    static int[] cyanWhiteBlack(int x, int y) {
        return new int[] {x < 32 ? 255 : 0, 0, 0, y < 32 ? 0 : 255};
    }
}
