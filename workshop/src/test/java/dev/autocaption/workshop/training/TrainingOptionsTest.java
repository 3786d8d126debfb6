package dev.autocaption.workshop.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrainingOptionsTest {
    private final TrainingOptions defaults = TrainingOptions.defaults(Path.of("scenes"), Path.of("model"));

    @Test
    void aLearningRateOutsideZeroToOneIsRefusedWithTheValue() {
        assertThatThrownBy(() -> new TrainingOptions(Path.of("d"), Path.of("o"), 10, 8, 1.5f,
                defaults.encoder(), 16, 16, 20, 1, 1L, 5, "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("learningRate must be in (0, 1), was 1.5");
    }

    @Test
    void aZeroBatchIsRefusedWithTheRange() {
        assertThatThrownBy(() -> new TrainingOptions(Path.of("d"), Path.of("o"), 10, 0, 0.01f,
                defaults.encoder(), 16, 16, 20, 1, 1L, 5, "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batchSize must be in [1, 4096], was 0");
    }

    @Test
    void aModelNameThatCannotBeAFileNameIsRefused() {
        assertThatThrownBy(() -> new TrainingOptions(Path.of("d"), Path.of("o"), 10, 8, 0.01f,
                defaults.encoder(), 16, 16, 20, 1, 1L, 5, "my model/1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("modelName must be 1-64 letters, digits, '.', '_' or '-', was 'my model/1'");
    }

    @Test
    void theArchitectureTakesItsVocabularySizeFromTheData() {
        assertThat(defaults.architecture(155).vocabSize()).isEqualTo(155);
        assertThat(defaults.architecture(155).encoder()).isEqualTo(TrainingOptions.demoEncoder());
        assertThat(defaults.withSteps(99).steps()).isEqualTo(99);
    }
}
