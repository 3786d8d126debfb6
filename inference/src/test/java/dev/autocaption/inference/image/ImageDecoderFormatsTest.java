package dev.autocaption.inference.image;

import dev.autocaption.testing.WebPLossless;
import static dev.autocaption.inference.image.Pixels.assertNear;
import static dev.autocaption.inference.image.Pixels.assertQuadrants;
import static dev.autocaption.inference.image.Pixels.rgbAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import org.junit.jupiter.api.Test;

class ImageDecoderFormatsTest {
    private static final Color RED = Color.RED;
    private static final Color GREEN = Color.GREEN;
    private static final Color BLUE = Color.BLUE;
    private static final Color WHITE = Color.WHITE;
    private static final int JPEG_TOLERANCE = 12;

    private final ImageDecoder decoder = new ImageDecoder(100_000_000);

    @Test
    void baselineJpegDecodesToRgbInRowMajorOrder() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.quadrants(64, 48, RED, GREEN, BLUE, WHITE));

        DecodedImage image = decoder.decode("baseline.jpg", jpeg);

        assertThat(image.width()).isEqualTo(64);
        assertThat(image.height()).isEqualTo(48);
        assertQuadrants(image, RED, GREEN, BLUE, WHITE, JPEG_TOLERANCE);
    }

    @Test
    void progressiveJpegDecodesLikeBaseline() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.quadrants(64, 48, RED, GREEN, BLUE, WHITE), true);
        assertThat(jpeg).as("progressive JPEGs start a frame with SOF2").containsSequence(0xFF, 0xC2);

        DecodedImage image = decoder.decode("progressive.jpg", jpeg);

        assertQuadrants(image, RED, GREEN, BLUE, WHITE, JPEG_TOLERANCE);
    }

    @Test
    void greyJpegIsReplicatedIntoRgb() throws Exception {
        BufferedImage grey = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 32, 32, 0, filled(32 * 32, 100));

        DecodedImage image = decoder.decode("grey.jpg", TestImages.jpeg(grey));

        assertNear(image, 16, 16, new Color(100, 100, 100), 2);
    }

    @Test
    void adobeCmykJpegIsConvertedToRgb() throws Exception {
        byte[] jpeg = TestImages.adobeJpeg(64, 64, false, TestImagesInk::cyanWhiteBlack);

        DecodedImage image = decoder.decode("cmyk.jpg", jpeg);

        assertCyanWhiteBlack(image);
    }

    @Test
    void adobeYcckJpegIsConvertedToRgb() throws Exception {
        byte[] jpeg = TestImages.adobeJpeg(64, 64, true, TestImagesInk::cyanWhiteBlack);

        DecodedImage image = decoder.decode("ycck.jpg", jpeg);

        assertCyanWhiteBlack(image);
    }

    private static void assertCyanWhiteBlack(DecodedImage image) {
        int[] cyan = rgbAt(image, 16, 16);
        assertThat(cyan[0]).as("red of cyan ink %s", java.util.Arrays.toString(cyan)).isLessThan(60);
        assertThat(cyan[1]).as("green of cyan ink").isGreaterThan(150);
        assertThat(cyan[2]).as("blue of cyan ink").isGreaterThan(200);
        assertNear(image, 48, 16, WHITE, 8);
        assertNear(image, 16, 48, Color.BLACK, 40);
    }

    @Test
    void pngAlphaIsCompositedOntoWhite() throws Exception {
        BufferedImage argb = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                argb.setRGB(x, y, x < 20 ? 0xFFFF0000 : y < 10 ? 0x00000000 : 0x80000000);
            }
        }

        DecodedImage image = decoder.decode("alpha.png", TestImages.encode(argb, "png"));

        assertNear(image, 5, 5, RED, 0);
        assertNear(image, 30, 5, WHITE, 0);
        assertNear(image, 30, 15, new Color(127, 127, 127), 1);
    }

    @Test
    void palettePngWithTransparentIndexShowsWhiteThere() throws Exception {
        IndexColorModel palette = new IndexColorModel(8, 2, new byte[] {(byte) 255, 0},
                new byte[] {0, 0}, new byte[] {0, (byte) 255}, 1);
        BufferedImage indexed = new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_INDEXED, palette);
        indexed.getRaster().setSamples(10, 0, 10, 10, 0, filled(100, 1));

        DecodedImage image = decoder.decode("palette.png", TestImages.encode(indexed, "png"));

        assertNear(image, 5, 5, RED, 0);
        assertNear(image, 15, 5, WHITE, 0);
    }

    @Test
    void sixteenBitGreyPngKeepsTheHighByte() throws Exception {
        BufferedImage grey = new BufferedImage(8, 8, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSamples(0, 0, 8, 8, 0, filled(64, 0x8080));

        DecodedImage image = decoder.decode("grey16.png", TestImages.encode(grey, "png"));

        assertNear(image, 4, 4, new Color(128, 128, 128), 0);
    }

    @Test
    void eightBitGreyPngIsNotGammaShifted() throws Exception {
        BufferedImage grey = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 8, 8, 0, filled(64, 60));

        DecodedImage image = decoder.decode("grey8.png", TestImages.encode(grey, "png"));

        assertNear(image, 4, 4, new Color(60, 60, 60), 0);
    }

    @Test
    void oneBitPngDecodesToBlackAndWhite() throws Exception {
        BufferedImage binary = new BufferedImage(16, 8, BufferedImage.TYPE_BYTE_BINARY);
        binary.getRaster().setSamples(8, 0, 8, 8, 0, filled(64, 1));

        DecodedImage image = decoder.decode("binary.png", TestImages.encode(binary, "png"));

        assertNear(image, 2, 2, Color.BLACK, 0);
        assertNear(image, 12, 2, WHITE, 0);
    }

    @Test
    void greyWithAlphaPngIsCompositedOntoWhite() throws Exception {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true,
                false, Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(8, 8);
        raster.setSamples(0, 0, 8, 8, 0, filled(64, 0));
        raster.setSamples(0, 0, 8, 8, 1, filled(64, 255));
        raster.setSamples(4, 0, 4, 8, 1, filled(32, 0));
        BufferedImage greyAlpha = new BufferedImage(model, raster, false, null);

        DecodedImage image = decoder.decode("grey-alpha.png", TestImages.encode(greyAlpha, "png"));

        assertNear(image, 1, 1, Color.BLACK, 0);
        assertNear(image, 6, 1, WHITE, 0);
    }

    @Test
    void sixteenBitRgbPngIsScaledToEightBits() throws Exception {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false,
                false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(8, 8);
        raster.setSamples(0, 0, 8, 8, 0, filled(64, 0xFFFF));
        raster.setSamples(0, 0, 8, 8, 1, filled(64, 0x8080));
        raster.setSamples(0, 0, 8, 8, 2, filled(64, 0));

        DecodedImage image = decoder.decode("rgb16.png", TestImages.encode(new BufferedImage(model, raster, false,
                null), "png"));

        assertNear(image, 4, 4, new Color(255, 128, 0), 1);
    }

    @Test
    void gifDecodesItsFirstFrameOnly() throws Exception {
        byte[] gif = TestImages.gif(TestImages.quadrants(32, 16, RED, GREEN, BLUE, WHITE),
                TestImages.solid(32, 16, Color.BLACK));

        DecodedImage image = decoder.decode("animated.gif", gif);

        assertThat(image.width()).isEqualTo(32);
        assertQuadrants(image, RED, GREEN, BLUE, WHITE, 0);
    }

    @Test
    void bmpDecodes() throws Exception {
        byte[] bmp = TestImages.encode(TestImages.quadrants(30, 20, RED, GREEN, BLUE, WHITE), "bmp");

        DecodedImage image = decoder.decode("picture.bmp", bmp);

        assertThat(image.width()).isEqualTo(30);
        assertThat(image.height()).isEqualTo(20);
        assertQuadrants(image, RED, GREEN, BLUE, WHITE, 0);
    }

    @Test
    void losslessWebPDecodesWithAlphaOntoWhite() throws Exception {
        int[] argb = new int[16 * 8];
        for (int i = 0; i < argb.length; i++) {
            int x = i % 16;
            argb[i] = x < 8 ? 0xFFFF0000 : i / 16 < 4 ? 0xFF0000FF : 0x000000FF;
        }

        DecodedImage image = decoder.decode("picture.webp", WebPLossless.encode(16, 8, argb));

        assertThat(image.width()).isEqualTo(16);
        assertNear(image, 2, 2, RED, 0);
        assertNear(image, 12, 1, BLUE, 0);
        assertNear(image, 12, 6, WHITE, 0);
    }

    private static int[] filled(int length, int value) {
        int[] values = new int[length];
        java.util.Arrays.fill(values, value);
        return values;
    }
}
