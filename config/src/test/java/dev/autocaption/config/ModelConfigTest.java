package dev.autocaption.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelConfigTest {
    private final ModelConfig configured = new ModelConfig(Engine.SHOW_AND_TELL, Path.of("models/demo"), null,
            Device.CPU, 4, 18, 16, 0.5, 2, 1, 1_000_000L, 0.6);

    @Test
    void forModelKeepsHowModelsRunAndChangesOnlyTheModel() {
        ModelConfig other = configured.forModel(Engine.DETECTOR, Path.of("models/detector"), Path.of("v.txt"));

        assertThat(other).isEqualTo(new ModelConfig(Engine.DETECTOR, Path.of("models/detector"), Path.of("v.txt"),
                Device.CPU, 4, 18, 16, 0.5, 2, 1, 1_000_000L, 0.6));
        assertThat(configured.withPath(Path.of("m"), null)).isEqualTo(configured.forModel(Engine.SHOW_AND_TELL,
                Path.of("m"), null));
    }

    @Test
    void withBeamSizeAndWithBatchSizeChangeOneSettingAndStillValidate() {
        assertThat(configured.withBeamSize(7).beamSize()).isEqualTo(7);
        assertThat(configured.withBeamSize(7).withBatchSize(32)).isEqualTo(new ModelConfig(Engine.SHOW_AND_TELL,
                Path.of("models/demo"), null, Device.CPU, 7, 18, 32, 0.5, 2, 1, 1_000_000L, 0.6));
        assertThatThrownBy(() -> configured.withBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withDecodingChangesHowPhotosAreDecodedAndForModelKeepsIt() {
        ImageDecoding im2txt = ImageDecoding.im2txt();

        ModelConfig decoded = configured.withDecoding(im2txt);

        assertThat(configured.decoding()).isEqualTo(new ImageDecoding(JpegDct.ACCURATE, true));
        assertThat(decoded.decoding()).isEqualTo(new ImageDecoding(JpegDct.ACCURATE, false));
        assertThat(decoded.forModel(Engine.DETECTOR, Path.of("d"), null).decoding()).isEqualTo(im2txt);
        assertThat(decoded.withBeamSize(5).withBatchSize(2).decoding()).isEqualTo(im2txt);
        assertThat(decoded.withDecoding(ImageDecoding.defaults())).isEqualTo(configured);
    }

    @Test
    void programmaticConfigurationsRunInFp32AndTheYamlDefaultIsAuto() {
        assertThat(configured.precision()).isEqualTo(Precision.FP32);
        assertThat(ModelConfig.defaults().precision()).isEqualTo(Precision.AUTO);
    }

    @Test
    void withPrecisionAndWithDataDirectorySurviveTheOtherWithers() {
        ModelConfig bf16 = configured.withPrecision(Precision.BF16).withDataDirectory(Path.of("/data"));

        ModelConfig changed = bf16.withBeamSize(5).withBatchSize(2).withDecoding(ImageDecoding.im2txt())
                .forModel(Engine.SHOW_AND_TELL, Path.of("m"), null);

        assertThat(changed.precision()).isEqualTo(Precision.BF16);
        assertThat(changed.dataDirectory()).isEqualTo(Path.of("/data"));
    }
}
