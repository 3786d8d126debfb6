package dev.autocaption.inference.image;

import dev.autocaption.testing.ImageBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageDecoderRefusalTest {
    private static final String SUPPORTED = "supported formats: JPEG, PNG, GIF, BMP, WebP";

    private final ImageDecoder decoder = new ImageDecoder(100_000_000);

    @Test
    void pngHeaderOverTheLimitIsRefusedBeforeAnyPixelIsRead() {
        byte[] bomb = ImageBytes.pngHeaderWithBogusData(20_000, 20_000);

        assertThatThrownBy(() -> decoder.decode("bomb.png", bomb))
                .isInstanceOf(ImageDecodingException.class)
                .hasMessage("bomb.png: 20000x20000 exceeds the limit of 100000000 pixels");
    }

    @Test
    void jpegHeaderOverTheLimitIsRefused() {
        byte[] jpeg = ImageBytes.withJpegHeaderSize(TestImages.jpeg(TestImages.solid(16, 16, Color.RED)), 30_000,
                30_000);

        assertThatThrownBy(() -> decoder.decode("huge.jpg", jpeg))
                .hasMessage("huge.jpg: 30000x30000 exceeds the limit of 100000000 pixels");
    }

    @Test
    void pixelLimitIsConfigurableAndInclusive() throws Exception {
        ImageDecoder small = new ImageDecoder(1_000);

        assertThat(small.decode("exact.png", TestImages.encode(TestImages.solid(40, 25, Color.RED), "png"))
                .width()).isEqualTo(40);
        assertThatThrownBy(() -> small.decode("over.png", TestImages.encode(TestImages.solid(40, 26, Color.RED),
                "png"))).hasMessage("over.png: 40x26 exceeds the limit of 1000 pixels");
    }

    @Test
    void pixelLimitOutsideTheSupportedRangeIsAProgrammerError() {
        assertThatThrownBy(() -> new ImageDecoder(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxPixels must be between 1 and 715827882, was 0");
        assertThatThrownBy(() -> new ImageDecoder(1L << 31))
                .hasMessage("maxPixels must be between 1 and 715827882, was 2147483648");
    }

    @Test
    void emptyInputIsRefused() {
        assertThatThrownBy(() -> decoder.decode("empty.jpg", new byte[0]))
                .isInstanceOf(ImageDecodingException.class)
                .hasMessage("empty.jpg: 0 bytes, not an image");
    }

    @Test
    void htmlServedAsAnImageIsRecognised() {
        byte[] html = "\n  <!DOCTYPE html>\n<html><head><title>Rate limited</title></head><body>Try later</body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> decoder.decode("photo-123", html))
                .hasMessage("photo-123: looks like HTML, not an image (" + html.length + " bytes)");
    }

    @Test
    void jsonErrorBodyIsRecognised() {
        byte[] json = "{\"error\":{\"message\":\"Invalid OAuth access token\",\"code\":190}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> decoder.decode("photo-124", json))
                .hasMessage("photo-124: looks like JSON, not an image (" + json.length + " bytes)");
    }

    @Test
    void plainTextIsRecognised() {
        byte[] text = "Service Unavailable".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> decoder.decode("photo-125", text))
                .hasMessage("photo-125: looks like text, not an image (19 bytes)");
    }

    @Test
    void randomBytesAreAnUnknownFormatListingTheSupportedOnes() {
        byte[] noise = new byte[1000];
        new Random(7).nextBytes(noise);
        noise[0] = 0x13;

        assertThatThrownBy(() -> decoder.decode("noise.bin", noise))
                .hasMessageStartingWith("noise.bin: unknown image format (1000 bytes starting 13 ")
                .hasMessageEndingWith("); " + SUPPORTED);
    }

    @Test
    void tiffIsNamedAsUnsupported() {
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0};

        assertThatThrownBy(() -> decoder.decode("scan.tif", tiff))
                .hasMessage("scan.tif: TIFF images are not supported (10 bytes); " + SUPPORTED);
    }

    @Test
    void heicIsNamedAsUnsupported() {
        byte[] heic = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};

        assertThatThrownBy(() -> decoder.decode("IMG_0001.HEIC", heic))
                .hasMessage("IMG_0001.HEIC: HEIC/HEIF images are not supported (16 bytes); " + SUPPORTED);
    }

    @Test
    void svgIsNamedAsUnsupportedRatherThanHtml() {
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> decoder.decode("logo.svg", svg))
                .hasMessage("logo.svg: SVG images are not supported (" + svg.length + " bytes); " + SUPPORTED);
    }

    @Test
    void jpegCutInHalfIsRefusedAsTruncated() {
        byte[] jpeg = TestImages.jpeg(TestImages.photoLike(256, 192));
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);

        assertThatThrownBy(() -> decoder.decode("cut.jpg", cut))
                .isInstanceOf(ImageDecodingException.class)
                .hasMessageStartingWith("cut.jpg: truncated or corrupt JPEG (");
    }

    @Test
    void progressiveJpegCutInHalfIsRefusedAsTruncated() {
        byte[] jpeg = TestImages.jpeg(TestImages.photoLike(256, 192), true);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);

        assertThatThrownBy(() -> decoder.decode("cut-progressive.jpg", cut))
                .hasMessageStartingWith("cut-progressive.jpg: truncated or corrupt JPEG (");
    }

    @Test
    void jpegMissingOnlyItsEndMarkerIsRefusedAsTruncated() {
        byte[] jpeg = TestImages.jpeg(TestImages.photoLike(64, 48));
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length - 2);

        assertThatThrownBy(() -> decoder.decode("no-eoi.jpg", cut))
                .hasMessageStartingWith("no-eoi.jpg: truncated or corrupt JPEG (")
                .hasMessageContaining("EOI");
    }

    @Test
    void jpegWithDataAfterItsEndMarkerStillDecodes() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.solid(64, 48, Color.BLUE));
        byte[] trailer = "ftypmp42 motion photo video would follow here".getBytes(StandardCharsets.US_ASCII);
        byte[] withTrailer = Arrays.copyOf(jpeg, jpeg.length + trailer.length);
        System.arraycopy(trailer, 0, withTrailer, jpeg.length, trailer.length);

        DecodedImage image = decoder.decode("motion.jpg", withTrailer);

        Pixels.assertNear(image, 32, 24, Color.BLUE, 12);
    }

    @Test
    void jpegHeaderWithoutScanDataIsRefused() {
        byte[] jpeg = TestImages.jpeg(TestImages.photoLike(64, 48));

        assertThatThrownBy(() -> decoder.decode("header-only.jpg", Arrays.copyOf(jpeg, 300)))
                .hasMessageStartingWith("header-only.jpg: truncated or corrupt JPEG (");
    }

    @Test
    void truncatedPngIsRefused() {
        byte[] png = TestImages.encode(TestImages.photoLike(64, 48), "png");

        assertThatThrownBy(() -> decoder.decode("cut.png", Arrays.copyOf(png, png.length / 2)))
                .hasMessageStartingWith("cut.png: truncated or corrupt PNG (");
    }

    @Test
    void magicBytesAloneAreRefusedAsCorrupt() {
        byte[] justMagic = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

        assertThatThrownBy(() -> decoder.decode("magic.jpg", justMagic))
                .hasMessageStartingWith("magic.jpg: truncated or corrupt JPEG (");
    }
}
