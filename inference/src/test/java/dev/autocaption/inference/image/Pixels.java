package dev.autocaption.inference.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;

/** Reads and checks pixels of a {@link DecodedImage}. */
final class Pixels {
    private Pixels() {
    }

    static int[] rgbAt(DecodedImage image, int x, int y) {
        int i = 3 * (y * image.width() + x);
        byte[] rgb = image.rgb();
        return new int[] {rgb[i] & 0xFF, rgb[i + 1] & 0xFF, rgb[i + 2] & 0xFF};
    }

    static void assertNear(DecodedImage image, int x, int y, Color expected, int tolerance) {
        int[] actual = rgbAt(image, x, y);
        int[] wanted = {expected.getRed(), expected.getGreen(), expected.getBlue()};
        for (int c = 0; c < 3; c++) {
            assertThat(actual[c])
                    .as("channel %d of pixel (%d, %d) of %s: was %s, expected %s", c, x, y, image,
                            java.util.Arrays.toString(actual), java.util.Arrays.toString(wanted))
                    .isBetween(wanted[c] - tolerance, wanted[c] + tolerance);
        }
    }

    /** Checks the centre of each quadrant: top-left, top-right, bottom-left, bottom-right. */
    static void assertQuadrants(DecodedImage image, Color topLeft, Color topRight, Color bottomLeft,
            Color bottomRight, int tolerance) {
        int left = image.width() / 4;
        int right = image.width() * 3 / 4;
        int top = image.height() / 4;
        int bottom = image.height() * 3 / 4;
        assertNear(image, left, top, topLeft, tolerance);
        assertNear(image, right, top, topRight, tolerance);
        assertNear(image, left, bottom, bottomLeft, tolerance);
        assertNear(image, right, bottom, bottomRight, tolerance);
    }
}
