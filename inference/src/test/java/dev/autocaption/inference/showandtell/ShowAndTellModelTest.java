package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.autocaption.inference.beam.StepOutput;
import dev.autocaption.inference.checkpoint.Checkpoint;
import dev.autocaption.inference.checkpoint.CheckpointCheck;
import dev.autocaption.inference.checkpoint.CheckpointFormat;
import dev.autocaption.inference.checkpoint.LstmNaming;
import dev.autocaption.inference.image.DecodedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShowAndTellModelTest {
    private static final Architecture TINY = TinyModels.architecture();
    private static final Map<String, float[]> VALUES = TinyModels.values(TINY, 7);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LstmNaming.class)
    void tinyCheckpointRestoresByNameInEveryNamingFamily(LstmNaming naming) throws Exception {
        Path prefix = dir.resolve("model.ckpt-5");
        TinyModels.write(prefix, TINY, VALUES, naming, CheckpointFormat.V2);

        CheckpointCheck check = CheckpointCheck.of(Checkpoint.open(prefix).tensors(), TINY.tensors());
        try (ShowAndTellModel model = ShowAndTellModel.restore(TINY, prefix, check.naming(), SessionSettings.cpu(), 3)) {
            assertThat(check.naming()).isEqualTo(naming);
            assertThat(check.compatible()).isTrue();
            assertThat(model.variable("lstm/basic_lstm_cell/kernel")).containsExactly(VALUES.get("lstm/basic_lstm_cell/kernel"));
            assertThat(model.variable("InceptionV3/Mixed_7c/Branch_2/Conv2d_0d_3x1/BatchNorm/moving_variance"))
                    .containsExactly(VALUES.get("InceptionV3/Mixed_7c/Branch_2/Conv2d_0d_3x1/BatchNorm/moving_variance"));
        }
    }

    @Test
    void v1SingleFileCheckpointIsListedAndRestored() throws Exception {
        Path prefix = dir.resolve("model.ckpt-3000000");
        TinyModels.write(prefix, TINY, VALUES, LstmNaming.TF_0_12, CheckpointFormat.V1);

        Checkpoint checkpoint = Checkpoint.open(prefix);
        CheckpointCheck check = CheckpointCheck.of(checkpoint.tensors(), TINY.tensors());
        try (ShowAndTellModel model = ShowAndTellModel.restore(TINY, prefix, check.naming(), SessionSettings.cpu(), 3)) {
            assertThat(checkpoint.format()).isEqualTo(CheckpointFormat.V1);
            assertThat(check.problems()).isEmpty();
            assertThat(model.variable("seq_embedding/map")).containsExactly(VALUES.get("seq_embedding/map"));
        }
    }

    @Test
    void wordStepMatchesAPureJavaLstmAndSoftmax() throws Exception {
        Path prefix = dir.resolve("model.ckpt-1");
        TinyModels.write(prefix, TINY, VALUES, LstmNaming.TF_1_2, CheckpointFormat.V2);
        float[] state = new float[TINY.stateSize()];
        Random random = new Random(3);
        for (int i = 0; i < state.length; i++) {
            state[i] = random.nextFloat() - 0.5f;
        }
        ReferenceMath.Step expected = ReferenceMath.wordStep(TINY, VALUES, 5, state);

        try (ShowAndTellModel model = ShowAndTellModel.restore(TINY, prefix, LstmNaming.TF_1_2,
                SessionSettings.cpu(), 3)) {
            StepOutput out = model.step(new long[] {5}, new float[][] {state});
            float[] softmax = model.softmax(new long[] {5}, new float[][] {state})[0];

            assertClose(out.states()[0], expected.state());
            assertClose(softmax, expected.softmax());
            assertThat(out.words()[0][0]).isEqualTo(ReferenceMath.argmax(expected.softmax()));
            assertThat(out.probabilities()[0][0]).isCloseTo(expected.softmax()[out.words()[0][0]], within(1e-6f));
        }
    }

    @Test
    void preprocessingMatchesAPureJavaBilinearResizeAndCrop() throws Exception {
        Path prefix = dir.resolve("model.ckpt-1");
        TinyModels.write(prefix, TINY, VALUES, LstmNaming.TF_1_2, CheckpointFormat.V2);
        byte[] rgb = new byte[41 * 29 * 3];
        new Random(11).nextBytes(rgb);
        DecodedImage image = new DecodedImage(41, 29, rgb);

        try (ShowAndTellModel model = ShowAndTellModel.restore(TINY, prefix, LstmNaming.TF_1_2,
                SessionSettings.cpu(), 3)) {
            assertClose(model.preprocess(image), ReferenceMath.preprocess(image, TINY.encoder()));
        }
    }

    static void assertClose(float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("element %d", i).isCloseTo(expected[i], within(2e-5f));
        }
    }
}
