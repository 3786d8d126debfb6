package dev.autocaption.inference.image;

import static dev.autocaption.inference.image.Pixels.assertQuadrants;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.ImageDecoding;
import dev.autocaption.config.JpegDct;
import java.awt.Color;
import java.nio.ByteOrder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case stores the upright picture (red, green / blue, white quadrants, 64 wide and 48 high) the way a camera
 * with that EXIF orientation would, written here by hand from the EXIF definition of where row 0 and column 0 of
 * the stored image lie in the upright one.
 */
class ImageDecoderOrientationTest {
    private static final Color R = Color.RED;
    private static final Color G = Color.GREEN;
    private static final Color B = Color.BLUE;
    private static final Color W = Color.WHITE;
    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;

    private final ImageDecoder decoder = new ImageDecoder(100_000_000);

    static Stream<Arguments> storedLayouts() {
        return Stream.of(
                Arguments.of(1, new Color[] {R, G, B, W}),
                Arguments.of(2, new Color[] {G, R, W, B}),
                Arguments.of(3, new Color[] {W, B, G, R}),
                Arguments.of(4, new Color[] {B, W, R, G}),
                Arguments.of(5, new Color[] {R, B, G, W}),
                Arguments.of(6, new Color[] {G, W, R, B}),
                Arguments.of(7, new Color[] {W, G, B, R}),
                Arguments.of(8, new Color[] {B, R, W, G}));
    }

    @ParameterizedTest(name = "orientation {0}")
    @MethodSource("storedLayouts")
    void exifOrientationIsAppliedSoThePictureIsUpright(int orientation, Color[] stored) throws Exception {
        byte[] jpeg = storedJpeg(orientation, stored, ByteOrder.BIG_ENDIAN);

        DecodedImage image = decoder.decode("oriented-" + orientation + ".jpg", jpeg);

        assertThat(image.width()).isEqualTo(WIDTH);
        assertThat(image.height()).isEqualTo(HEIGHT);
        assertQuadrants(image, R, G, B, W, 12);
    }

    @ParameterizedTest(name = "orientation {0}")
    @MethodSource("storedLayouts")
    void littleEndianExifIsReadToo(int orientation, Color[] stored) throws Exception {
        byte[] jpeg = storedJpeg(orientation, stored, ByteOrder.LITTLE_ENDIAN);

        DecodedImage image = decoder.decode("oriented-ii-" + orientation + ".jpg", jpeg);

        assertQuadrants(image, R, G, B, W, 12);
    }

    @Test
    void withExifOrientationOffTheStoredPixelsAreKept() throws Exception {
        Color[] stored = {G, W, R, B};
        byte[] jpeg = storedJpeg(6, stored, ByteOrder.BIG_ENDIAN);

        try (ImageDecoder asIm2txt = new ImageDecoder(100_000_000, ImageDecoding.im2txt())) {
            DecodedImage image = asIm2txt.decode("oriented-6.jpg", jpeg);

            assertThat(image.width()).isEqualTo(HEIGHT);
            assertThat(image.height()).isEqualTo(WIDTH);
            assertQuadrants(image, G, W, R, B, 12);
        }
    }

    @Test
    void theFastDctAppliesExifOrientationToo() throws Exception {
        byte[] jpeg = storedJpeg(6, new Color[] {G, W, R, B}, ByteOrder.BIG_ENDIAN);

        try (ImageDecoder fast = new ImageDecoder(100_000_000, new ImageDecoding(JpegDct.FAST, true))) {
            DecodedImage image = fast.decode("oriented-6.jpg", jpeg);

            assertThat(image.width()).isEqualTo(WIDTH);
            assertThat(image.height()).isEqualTo(HEIGHT);
            assertQuadrants(image, R, G, B, W, 12);
        }
    }

    @Test
    void orientationIsReadFromTheExifSegment() {
        byte[] jpeg = TestImages.jpeg(TestImages.solid(16, 8, R));

        assertThat(ExifOrientation.read(jpeg)).isEqualTo(Orientation.NORMAL);
        assertThat(ExifOrientation.read(TestImages.withExifOrientation(jpeg, 6, ByteOrder.BIG_ENDIAN)))
                .isEqualTo(Orientation.ROTATE_90_CLOCKWISE);
    }

    @Test
    void outOfRangeOrientationLeavesThePictureAsStored() throws Exception {
        byte[] jpeg = TestImages.withExifOrientation(TestImages.jpeg(TestImages.quadrants(WIDTH, HEIGHT, R, G, B,
                W)), 9, ByteOrder.BIG_ENDIAN);

        DecodedImage image = decoder.decode("orientation-9.jpg", jpeg);

        assertQuadrants(image, R, G, B, W, 12);
    }

    @Test
    void exifSegmentCutShortIsIgnoredNotFatal() throws Exception {
        byte[] jpeg = TestImages.withExifOrientation(TestImages.jpeg(TestImages.quadrants(WIDTH, HEIGHT, R, G, B,
                W)), 6, ByteOrder.BIG_ENDIAN);
        int app1 = indexOfApp1(jpeg);
        jpeg[app1 + 2] = 0;
        jpeg[app1 + 3] = 12;

        assertThat(ExifOrientation.read(jpeg)).isEqualTo(Orientation.NORMAL);
    }

    private static int indexOfApp1(byte[] jpeg) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xE1) {
                return i;
            }
        }
        throw new AssertionError("no APP1 segment");
    }

    private static byte[] storedJpeg(int orientation, Color[] stored, ByteOrder order) {
        boolean swapped = orientation >= 5;
        int width = swapped ? HEIGHT : WIDTH;
        int height = swapped ? WIDTH : HEIGHT;
        byte[] jpeg = TestImages.jpeg(TestImages.quadrants(width, height, stored[0], stored[1], stored[2],
                stored[3]));
        return TestImages.withExifOrientation(jpeg, orientation, order);
    }
}
