package dev.autocaption.inference.image;

import static dev.autocaption.inference.image.Pixels.assertQuadrants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class ImageDecoderSubsamplingTest {
    private final ImageDecoder decoder = new ImageDecoder(100_000_000);

    @Test
    void largeImageIsSubsampledButNotBelowTheTargetLongSide() throws Exception {
        byte[] png = TestImages.encode(TestImages.quadrants(1000, 500, Color.RED, Color.GREEN, Color.BLUE,
                Color.WHITE), "png");

        DecodedImage image = decoder.decode("wide.png", png, 300);

        assertThat(image.width()).isEqualTo(334);
        assertThat(image.height()).isEqualTo(167);
        assertQuadrants(image, Color.RED, Color.GREEN, Color.BLUE, Color.WHITE, 0);
    }

    @Test
    void imageSmallerThanTwiceTheTargetIsReadAtFullSize() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.solid(500, 300, Color.RED));

        DecodedImage image = decoder.decode("medium.jpg", jpeg, 300);

        assertThat(image.width()).isEqualTo(500);
        assertThat(image.height()).isEqualTo(300);
    }

    @Test
    void subsampledJpegIsStillTurnedUpright() throws Exception {
        byte[] stored = TestImages.jpeg(TestImages.quadrants(400, 800, Color.GREEN, Color.WHITE, Color.RED,
                Color.BLUE));

        DecodedImage image = decoder.decode("portrait.jpg",
                TestImages.withExifOrientation(stored, 6, ByteOrder.BIG_ENDIAN), 200);

        assertThat(image.width()).isEqualTo(200);
        assertThat(image.height()).isEqualTo(100);
        assertQuadrants(image, Color.RED, Color.GREEN, Color.BLUE, Color.WHITE, 12);
    }

    @Test
    void targetBelowOneIsAProgrammerError() {
        assertThatThrownBy(() -> decoder.decode("any.png", new byte[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targetLongSide must be at least 1, was 0");
    }
}
