package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.ImageDecoding;
import dev.autocaption.config.JpegDct;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.ImageInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code model.jpeg-dct} and {@code model.exif-orientation} reach the encoder through {@link ModelConfig}. */
class TensorFlowCaptionerDecodingTest {
    private static final byte[] PHOTO = TestImages.noise("jpg", 90, 60, 5);
    private static final byte[] ROTATED = TestImages.withExifOrientation(PHOTO, 6);

    @TempDir
    Path dir;

    private float[] features(ImageDecoding decoding, byte[] jpeg) throws Exception {
        Path model = TinyModelDirectory.write(Files.createDirectories(dir.resolve("tiny")), TinyModelDirectory.WORDS);
        ModelConfig config = TensorFlowCaptionerTest.config(model, null, 1).withDecoding(decoding);
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(config)) {
            return captioner.features(List.of(new ImageInput("photo.jpg", jpeg))).get(0);
        }
    }

    @Test
    void theFastJpegDctGivesTheEncoderOtherFeatures() throws Exception {
        float[] accurate = features(ImageDecoding.defaults(), PHOTO);
        float[] fast = features(new ImageDecoding(JpegDct.FAST, true), PHOTO);

        assertThat(fast).hasSameSizeAs(accurate).isNotEqualTo(accurate);
        assertThat(features(ImageDecoding.defaults(), PHOTO)).isEqualTo(accurate);
    }

    @Test
    void withoutExifOrientationTheEncoderSeesThePhotoAsStored() throws Exception {
        float[] stored = features(ImageDecoding.im2txt(), PHOTO);

        assertThat(features(ImageDecoding.im2txt(), ROTATED)).isEqualTo(stored);
        assertThat(features(ImageDecoding.defaults(), ROTATED)).isNotEqualTo(stored);
    }
}
