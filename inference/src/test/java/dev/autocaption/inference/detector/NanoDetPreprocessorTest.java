package dev.autocaption.inference.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.autocaption.inference.image.DecodedImage;
import org.junit.jupiter.api.Test;

class NanoDetPreprocessorTest {
    private static final int PLANE = 416 * 416;

    @Test
    void writesBgrPlanesNormalisedWithNanoDetMeanAndStd() {
        byte[] rgb = new byte[4 * 2 * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = (byte) 200;
            rgb[i + 1] = 100;
            rgb[i + 2] = 50;
        }
        DecodedImage image = new DecodedImage(4, 2, rgb);

        float[] chw = NanoDetPreprocessor.toInput(image, Letterbox.fit(4, 2, 416));

        int centre = 208 * 416 + 208;
        assertThat(chw[centre]).isCloseTo((50 - 103.53f) / 57.375f, within(1e-5f));
        assertThat(chw[PLANE + centre]).isCloseTo((100 - 116.28f) / 57.12f, within(1e-5f));
        assertThat(chw[2 * PLANE + centre]).isCloseTo((200 - 123.675f) / 58.395f, within(1e-5f));
    }

    @Test
    void theBorderIsBlackNormalisedLikeThePicture() {
        DecodedImage image = new DecodedImage(4, 2, new byte[24]);

        float[] chw = NanoDetPreprocessor.toInput(image, Letterbox.fit(4, 2, 416));

        assertThat(chw[0]).isCloseTo(-103.53f / 57.375f, within(1e-6f));
        assertThat(chw[PLANE]).isCloseTo(-116.28f / 57.12f, within(1e-6f));
        assertThat(chw[3 * PLANE - 1]).isCloseTo(-123.675f / 58.395f, within(1e-6f));
    }

    @Test
    void resizesBilinearlyWithHalfPixelCentres() {
        byte[] rgb = {0, 0, 0, (byte) 255, (byte) 255, (byte) 255}; // black | white, 2×1
        DecodedImage image = new DecodedImage(2, 1, rgb);

        float[] chw = NanoDetPreprocessor.toInput(image, Letterbox.fit(2, 1, 416));

        int row = 104 * 416; // 416×208 picture, 104 rows of border above
        float mean = 103.53f;
        float std = 57.375f;
        assertThat(chw[row] * std + mean).isCloseTo(0, within(1e-3f));
        assertThat(chw[row + 415] * std + mean).isCloseTo(255, within(1e-3f));
        assertThat(chw[row + 208] * std + mean).isCloseTo(255 * (208.5f / 208 - 0.5f), within(1e-3f));
    }
}
