package dev.autocaption.inference.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointCheckTest {
    private static final List<TensorInfo> EXPECTED = List.of(
            TensorInfo.ofFloat("seq_embedding/map", 10, 4),
            TensorInfo.ofFloat("lstm/basic_lstm_cell/kernel", 8, 16),
            TensorInfo.ofFloat("lstm/basic_lstm_cell/bias", 16));

    @Test
    void everyProblemIsListedInOneReport() {
        List<TensorInfo> checkpoint = List.of(
                TensorInfo.ofFloat("seq_embedding/map", 12, 4),
                TensorInfo.ofFloat("lstm/BasicLSTMCell/Linear/Matrix", 8, 16),
                TensorInfo.ofFloat("OptimizeLoss/learning_rate", 1),
                new TensorInfo("global_step", "INT32", List.of()));

        CheckpointCheck check = CheckpointCheck.of(checkpoint, EXPECTED);

        assertThat(check.naming()).isEqualTo(LstmNaming.TF_0_12);
        assertThat(check.compatible()).isFalse();
        assertThat(check.problems()).isEqualTo("""
                1 missing:
                  lstm/BasicLSTMCell/Linear/Bias [16]
                1 unexpected:
                  OptimizeLoss/learning_rate [1]
                1 mis-shaped:
                  seq_embedding/map is FLOAT [12,4], expected FLOAT [10,4]""");
    }

    @Test
    void checkpointWithoutAnyLstmSpellingSaysSo() {
        CheckpointCheck check = CheckpointCheck.of(List.of(TensorInfo.ofFloat("seq_embedding/map", 10, 4)), EXPECTED);

        assertThat(check.naming()).isNull();
        assertThat(check.missing()).containsExactly(
                "lstm/basic_lstm_cell/weights [8,16] (no LSTM tensor under any of the TF 0.12 / 1.0 / 1.2 names)",
                "lstm/basic_lstm_cell/biases [16] (no LSTM tensor under any of the TF 0.12 / 1.0 / 1.2 names)");
    }

    @Test
    void eachFamilyMapsOntoTheSameExpectedTensors() {
        for (LstmNaming naming : LstmNaming.values()) {
            List<TensorInfo> checkpoint = List.of(TensorInfo.ofFloat("seq_embedding/map", 10, 4),
                    TensorInfo.ofFloat(naming.kernel(), 8, 16), TensorInfo.ofFloat(naming.bias(), 16));

            CheckpointCheck check = CheckpointCheck.of(checkpoint, EXPECTED);

            assertThat(check.naming()).isEqualTo(naming);
            assertThat(check.compatible()).as(naming.name()).isTrue();
        }
    }

    @Test
    void prefixIsDerivedFromAnyCheckpointFileName() {
        assertThat(Checkpoint.prefixOf(java.nio.file.Path.of("/m/model.ckpt-3.data-00000-of-00001")))
                .isEqualTo(java.nio.file.Path.of("/m/model.ckpt-3"));
        assertThat(Checkpoint.prefixOf(java.nio.file.Path.of("/m/model.ckpt-3")))
                .isEqualTo(java.nio.file.Path.of("/m/model.ckpt-3"));
    }
}
