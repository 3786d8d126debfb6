package dev.autocaption.inference.precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.Device;
import dev.autocaption.config.Precision;
import dev.autocaption.config.PrivateFiles;
import dev.autocaption.inference.CaptioningException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecisionChoiceTest {
    private static final CpuInfo AVX2 = new CpuInfo("AMD EPYC", List.of("avx", "avx2", "fma"));
    private static final CpuInfo BF16_CPU = new CpuInfo("AMD EPYC", List.of("avx2", "avx512f", "avx512_bf16"));
    private static final Instant NOW = Instant.parse("2026-12-03T16:00:00Z");
    private static final Measurement FAST_AND_FAITHFUL = new Measurement(24, 16.5, 31.0, 1.0, 0.002, 94);

    @TempDir
    Path data;

    private PrecisionChoice choice(CpuInfo cpu, String tensorFlow) {
        return new PrecisionChoice(cpu, tensorFlow, new PrecisionDecisions(data.resolve("data")),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A trial that counts its runs and returns fixed figures. */
    private static final class CountingTrial implements PrecisionChoice.Trial {
        private final Measurement figures;
        int runs;

        CountingTrial(Measurement figures) {
            this.figures = figures;
        }

        @Override
        public Measurement measure() {
            runs++;
            return figures;
        }
    }

    private static final PrecisionChoice.Trial NEVER = () -> {
        throw new AssertionError("nothing should be timed");
    };

    @Test
    void autoOnACpuWithoutBf16UnitsIsFp32WithoutTimingAnything() throws Exception {
        PrecisionDecision decision = choice(AVX2, "2.18.0").decide(Precision.AUTO, Device.CPU, "m-1", NEVER);

        assertThat(decision).isEqualTo(PrecisionDecision.fixed(Precision.FP32,
                "fp32: this CPU has no AVX-512 BF16 or AMX; bf16 not tried"));
        assertThat(data.resolve("data")).doesNotExist();
    }

    @Test
    void autoOnAGpuIsFp32() throws Exception {
        assertThat(choice(BF16_CPU, "2.18.0").decide(Precision.AUTO, Device.GPU, "m-1", NEVER).reason())
                .isEqualTo("fp32: the encoder runs on a GPU; bf16 only when model.precision: bf16");
    }

    @Test
    void explicitPrecisionsAreTakenAsAskedWithoutTiming() throws Exception {
        PrecisionChoice choice = choice(AVX2, "2.18.0");

        assertThat(choice.decide(Precision.BF16, Device.CPU, "m-1", NEVER).precision()).isEqualTo(Precision.BF16);
        assertThat(choice.decide(Precision.FP32, Device.CPU, "m-1", NEVER).precision()).isEqualTo(Precision.FP32);
    }

    @Test
    void theFirstAutoDecisionIsTimedAndStoredOwnerOnlyWithItsFiguresThenReused() throws Exception {
        CountingTrial trial = new CountingTrial(FAST_AND_FAITHFUL);

        PrecisionDecision first = choice(BF16_CPU, "2.18.0").decide(Precision.AUTO, Device.CPU, "m-1", trial);
        PrecisionDecision second = choice(BF16_CPU, "2.18.0").decide(Precision.AUTO, Device.CPU, "m-1", trial);

        assertThat(trial.runs).isEqualTo(1);
        assertThat(first.precision()).isEqualTo(Precision.BF16);
        assertThat(first.reason()).isEqualTo("bf16: bf16 31.0 vs fp32 16.5 images/s (1.88x), top caption the same "
                + "for 100 % of 24 images, score delta 0.0020 at the 99th percentile");
        assertThat(first.reused()).isFalse();
        assertThat(second).isEqualTo(new PrecisionDecision(Precision.BF16, first.reason(), FAST_AND_FAITHFUL, NOW,
                true));
        Path file = data.resolve("data").resolve(PrecisionDecisions.FILE_NAME);
        assertThat(PrivateFiles.mode(file)).isEqualTo(PrivateFiles.FILE_MODE);
        assertThat(Files.readString(file)).contains("\"modelId\" : \"m-1\"", "\"tensorFlowVersion\" : \"2.18.0\"",
                "\"bf16ImagesPerSecond\" : 31.0");
    }

    @Test
    void anotherModelTensorFlowOrSetOfFlagsIsTimedAgainAndTheOtherDecisionsAreKept() throws Exception {
        CountingTrial trial = new CountingTrial(FAST_AND_FAITHFUL);
        CpuInfo moreFlags = new CpuInfo(BF16_CPU.model(), List.of("avx2", "avx512f", "avx512_bf16", "amx_bf16"));

        choice(BF16_CPU, "2.18.0").decide(Precision.AUTO, Device.CPU, "m-1", trial);
        choice(BF16_CPU, "2.18.0").decide(Precision.AUTO, Device.CPU, "m-2", trial);
        choice(BF16_CPU, "2.19.0").decide(Precision.AUTO, Device.CPU, "m-1", trial);
        choice(moreFlags, "2.18.0").decide(Precision.AUTO, Device.CPU, "m-1", trial);
        PrecisionDecision again = choice(BF16_CPU, "2.18.0").decide(Precision.AUTO, Device.CPU, "m-2", trial);

        assertThat(trial.runs).isEqualTo(4);
        assertThat(again.reused()).isTrue();
    }

    @Test
    void bf16IsChosenOnlyWhenRewrittenFasterAndFaithful() {
        PrecisionChoice choice = choice(BF16_CPU, "2.18.0");
        List<String> units = List.of("avx512_bf16");

        assertThat(choice.judge(new Measurement(24, 16.5, 16.9, 1.0, 0.001, 94), units).reason())
                .startsWith("fp32: bf16 is not at least 1.1x as fast: bf16 16.9 vs fp32 16.5 images/s (1.02x)");
        assertThat(choice.judge(new Measurement(24, 16.5, 31.0, 0.90, 0.001, 94), units).reason())
                .startsWith("fp32: bf16's captions differ too much from fp32's (needs the same top caption for 95 % "
                        + "and score deltas <= 0.01 at the 99th percentile): bf16 31.0 vs fp32 16.5");
        assertThat(choice.judge(new Measurement(24, 16.5, 31.0, 1.0, 0.02, 94), units).precision())
                .isEqualTo(Precision.FP32);
        assertThat(choice.judge(new Measurement(24, 16.5, 16.4, 1.0, 0.0, 0), units).reason())
                .isEqualTo("fp32: TensorFlow did not rewrite the encoder to bfloat16 on this CPU although it has "
                        + "avx512_bf16 (fp32 16.5 images/s)");
        assertThat(choice.judge(FAST_AND_FAITHFUL, units).precision()).isEqualTo(Precision.BF16);
    }

    @Test
    void aDamagedDecisionsFileIsTimedAgainAndReplaced() throws Exception {
        Path file = Files.createDirectories(data.resolve("data")).resolve(PrecisionDecisions.FILE_NAME);
        Files.writeString(file, "{ not json");
        CountingTrial trial = new CountingTrial(FAST_AND_FAITHFUL);

        choice(BF16_CPU, "2.18.0").decide(Precision.AUTO, Device.CPU, "m-1", trial);
        PrecisionDecision again = choice(BF16_CPU, "2.18.0").decide(Precision.AUTO, Device.CPU, "m-1", trial);

        assertThat(trial.runs).isEqualTo(1);
        assertThat(again.reused()).isTrue();
    }

    @Test
    void withoutADataDirectoryEveryAutoLoadIsTimed() throws Exception {
        CountingTrial trial = new CountingTrial(FAST_AND_FAITHFUL);
        PrecisionChoice nowhere = new PrecisionChoice(BF16_CPU, "2.18.0", null, Clock.fixed(NOW, ZoneOffset.UTC));

        nowhere.decide(Precision.AUTO, Device.CPU, "m-1", trial);
        nowhere.decide(Precision.AUTO, Device.CPU, "m-1", trial);

        assertThat(trial.runs).isEqualTo(2);
    }

    @Test
    void aFailingTrialIsTheLoadsFailure() {
        PrecisionChoice.Trial failing = () -> {
            throw new CaptioningException("TensorFlow could not open the bf16 encoder session: boom");
        };

        assertThatThrownBy(() -> choice(BF16_CPU, "2.18.0").decide(Precision.AUTO, Device.CPU, "m-1", failing))
                .hasMessage("TensorFlow could not open the bf16 encoder session: boom");
    }
}
