package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.config.Precision;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.precision.CpuInfo;
import dev.autocaption.inference.precision.PrecisionChoice;
import dev.autocaption.inference.precision.PrecisionDecision;
import dev.autocaption.inference.precision.PrecisionDecisions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.TensorFlow;

class EncoderPrecisionTest {
    @TempDir
    static Path shared;
    static Path modelDir;

    @BeforeAll
    static void writeTinyModel() throws Exception {
        modelDir = TinyModelDirectory.write(Files.createDirectories(shared.resolve("tiny")), TinyModelDirectory.WORDS);
    }

    private static ModelConfig config(Precision precision, Path data) {
        return TensorFlowCaptionerTest.config(modelDir, null, 2).withPrecision(precision).withDataDirectory(data);
    }

    private static PrecisionChoice claimingBf16Units(Path data) {
        CpuInfo real = CpuInfo.current();
        List<String> flags = new ArrayList<>(real.flags());
        flags.add("avx512_bf16");
        return new PrecisionChoice(new CpuInfo(real.model(), flags), TensorFlow.version(), new PrecisionDecisions(data),
                Clock.systemUTC());
    }

    @Test
    void explicitBf16EitherRunsTheEncoderInBfloat16OrIsRefusedSayingWhatTensorFlowDid(@TempDir Path data)
            throws Exception {
        ModelConfig bf16 = config(Precision.BF16, data);
        TensorFlowCaptioner captioner;
        try {
            captioner = ShowAndTellLoader.load(bf16);
        } catch (CaptioningException refused) {
            assertThat(refused).hasMessageStartingWith("model.precision: bf16, but TensorFlow "
                    + TensorFlow.version() + " left the encoder in fp32 on this CPU (")
                    .hasMessageContaining(": 0 of ").hasMessageContaining(" convolutions in bfloat16")
                    .hasMessageEndingWith("use model.precision: auto or fp32");
            return;
        }
        try (captioner) {
            assertThat(captioner.model().precision()).isEqualTo(Precision.BF16);
            assertThat(captioner.model().rewrite().applied()).isTrue();
            // TF 2.18's bf16 rewrite sometimes computes NaN on CPUs like ours (docs/benchmarks.md, issue 17): then
            // the image fails with that reason instead of the call throwing.
            assertThat(captioner.caption(List.of(new ImageInput("a.png", TestImages.noise("png", 40, 30, 1)))))
                    .singleElement().satisfiesAnyOf(
                            result -> assertThat(result.captions()).isNotEmpty(),
                            result -> assertThat(result.error()).startsWith("a.png: the model computed NaN")
                                    .endsWith("TensorFlow's bfloat16 rewrite is known to do this on some CPUs: set "
                                            + "model.precision: fp32"));
        }
    }

    @Test
    void fp32AskedRunsFp32AndSaysSo(@TempDir Path data) throws Exception {
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(config(Precision.FP32, data))) {
            assertThat(captioner.model().precision()).isEqualTo(Precision.FP32);
            assertThat(captioner.model().rewrite()).isNull();
            assertThat(captioner.precision().reason()).isEqualTo("fp32: model.precision=fp32");
        }
    }

    @Test
    void autoWhereBf16UnitsExistTimesTheRealEncoderOnceAndTheNextLoadReusesTheDecision(@TempDir Path data)
            throws Exception {
        ModelConfig auto = config(Precision.AUTO, data);
        ModelDefinition definition = ModelDirectory.open(modelDir, null);

        PrecisionDecision first;
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(definition, auto, claimingBf16Units(data))) {
            first = captioner.precision();
            assertThat(captioner.model().precision()).isEqualTo(first.precision());
        }
        try (TensorFlowCaptioner again = ShowAndTellLoader.load(definition, auto, claimingBf16Units(data))) {
            assertThat(again.precision().reused()).isTrue();
            assertThat(again.precision().measurement()).isEqualTo(first.measurement());
        }
        assertThat(first.reused()).isFalse();
        assertThat(first.measurement().images()).isEqualTo(Bf16Trial.BATCHES * 2);
        assertThat(first.reason()).startsWith(first.precision().configName() + ": ");
        assertThat(data.resolve(PrecisionDecisions.FILE_NAME)).isRegularFile();
    }

    @Test
    void aTrialLeavesNoSessionOrTensorBehind(@TempDir Path data) throws Exception {
        ModelConfig auto = config(Precision.AUTO, null);
        ModelDefinition definition = ModelDirectory.open(modelDir, null);
        ShowAndTellLoader.load(definition, auto, claimingBf16Units(data)).close();
        long before = Pointer.totalCount();

        ShowAndTellLoader.load(definition, auto, claimingBf16Units(data.resolve("fresh"))).close();

        assertThat(Pointer.totalCount() - before).isLessThanOrEqualTo(2);
    }
}
