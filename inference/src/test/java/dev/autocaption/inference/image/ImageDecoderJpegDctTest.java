package dev.autocaption.inference.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.ImageDecoding;
import dev.autocaption.config.JpegDct;
import dev.autocaption.testing.ImageBytes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code model.jpeg-dct}: the default decoder against TensorFlow's own {@code DecodeJpeg}, which is what im2txt
 * decoded with, at both of its IDCTs. Photo-like noise at 4:2:0 chroma, baseline and progressive, and drawn scenes.
 */
class ImageDecoderJpegDctTest {
    private static final List<byte[]> JPEGS = List.of(
            TestImages.jpeg(TestImages.photoLike(640, 480)),
            TestImages.jpeg(TestImages.photoLike(641, 479), true),
            TestImages.jpeg(TestImages.drawn(320, 240, 7L), false, 0.6f),
            TestImages.jpeg(TestImages.drawn(320, 240, 8L), false, 0.85f));

    private static ImageDecoder accurate;
    private static ImageDecoder fast;

    @BeforeAll
    static void openDecoders() {
        accurate = new ImageDecoder(100_000_000, ImageDecoding.defaults());
        fast = new ImageDecoder(100_000_000, new ImageDecoding(JpegDct.FAST, true));
    }

    @AfterAll
    static void closeDecoders() {
        accurate.close();
        fast.close();
    }

    @Test
    void theAccurateDctIsBitForBitTensorFlowsIntegerAccurateDecoder() throws Exception {
        try (TensorFlowJpeg tensorFlow = new TensorFlowJpeg(TensorFlowJpeg.INTEGER_ACCURATE)) {
            for (byte[] jpeg : JPEGS) {
                assertThat(accurate.decode("photo.jpg", jpeg).rgb()).isEqualTo(tensorFlow.decode("photo.jpg",
                        jpeg).rgb());
            }
        }
    }

    @Test
    void theFastDctIsTensorFlowsDefaultDecoder() throws Exception {
        try (TensorFlowJpeg tensorFlowDefault = new TensorFlowJpeg("")) {
            for (byte[] jpeg : JPEGS) {
                assertThat(fast.decode("photo.jpg", jpeg).rgb()).isEqualTo(tensorFlowDefault.decode("photo.jpg",
                        jpeg).rgb());
            }
        }
    }

    @Test
    void fastAndAccurateDctGivePixelsThatDifferByALevelOrTwo() throws Exception {
        for (byte[] jpeg : JPEGS) {
            DecodedImage a = accurate.decode("photo.jpg", jpeg);
            DecodedImage f = fast.decode("photo.jpg", jpeg);

            assertThat(f.width()).isEqualTo(a.width());
            assertThat(f.height()).isEqualTo(a.height());
            long sum = 0;
            int max = 0;
            for (int i = 0; i < a.rgb().length; i++) {
                int d = Math.abs((a.rgb()[i] & 0xFF) - (f.rgb()[i] & 0xFF));
                sum += d;
                max = Math.max(max, d);
            }
            assertThat((double) sum / a.rgb().length).isBetween(0.3, 2.0);
            assertThat(max).isBetween(1, 10);
        }
    }

    @Test
    void theFastDctSubsamplesLargeImagesAsTheAccurateOneDoes() throws Exception {
        DecodedImage a = accurate.decode("large.jpg", JPEGS.get(0), 200);
        DecodedImage f = fast.decode("large.jpg", JPEGS.get(0), 200);

        assertThat(List.of(f.width(), f.height())).containsExactly(a.width(), a.height()).containsExactly(214, 160);
    }

    @Test
    void theFastDctRefusesImagesOverThePixelLimitBeforeDecoding() {
        byte[] huge = ImageBytes.withJpegHeaderSize(TestImages.jpeg(TestImages.photoLike(64, 48)), 20000, 20000);

        assertThatThrownBy(() -> fast.decode("huge.jpg", huge))
                .isInstanceOf(ImageDecodingException.class)
                .hasMessage("huge.jpg: 20000x20000 exceeds the limit of 100000000 pixels");
    }

    @Test
    void theFastDctRefusesAJpegCutInHalf() {
        byte[] jpeg = JPEGS.get(0);

        assertThatThrownBy(() -> fast.decode("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)))
                .isInstanceOf(ImageDecodingException.class)
                .hasMessageStartingWith("cut.jpg: truncated or corrupt JPEG (TensorFlow DecodeJpeg: ");
    }

    @Test
    void otherFormatsDecodeTheSameWithEitherDct() throws Exception {
        byte[] png = TestImages.encode(TestImages.photoLike(64, 48), "png");

        assertThat(fast.decode("photo.png", png).rgb()).isEqualTo(accurate.decode("photo.png", png).rgb());
    }
}
