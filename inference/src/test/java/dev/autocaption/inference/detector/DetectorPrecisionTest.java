package dev.autocaption.inference.detector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.Device;
import dev.autocaption.config.Precision;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.Detection;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.detector.model.InstalledModel;
import dev.autocaption.inference.precision.CpuInfo;
import dev.autocaption.inference.precision.PrecisionChoice;
import dev.autocaption.inference.precision.PrecisionDecision;
import dev.autocaption.inference.precision.PrecisionDecisions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.TensorFlow;

/** {@code model.precision} for the detector: the real NanoDet model, in fp32 and (where TensorFlow rewrites it) bf16. */
class DetectorPrecisionTest {
    private static DetectorSettings settings(Precision precision) {
        return new DetectorSettings(DetectionCaption.DEFAULT_THRESHOLD, 1, Device.CPU, 2, 1, 50_000_000)
                .withPrecision(precision);
    }

    private static PrecisionChoice choice(Path data, boolean claimBf16Units) {
        CpuInfo real = CpuInfo.current();
        List<String> flags = new ArrayList<>(real.flags());
        flags.removeAll(CpuInfo.BF16_FLAGS);
        if (claimBf16Units) {
            flags.add("avx512_bf16");
        }
        return new PrecisionChoice(new CpuInfo(real.model(), flags), TensorFlow.version(),
                new PrecisionDecisions(data), Clock.systemUTC());
    }

    @Test
    void fp32AskedRunsFp32AndSaysSo(@TempDir Path data) throws Exception {
        try (DetectorCaptioner detector = DetectorCaptioner.open(DetectorTestFiles.model(),
                settings(Precision.FP32), choice(data, true))) {
            assertThat(detector.precision().precision()).isEqualTo(Precision.FP32);
            assertThat(detector.precision().reason()).isEqualTo("fp32: model.precision=fp32");
            assertThat(detector.model().rewrite()).isNull();
        }
    }

    @Test
    void autoOnACpuWithoutBf16UnitsIsFp32WithoutTimingAnything(@TempDir Path data) throws Exception {
        try (DetectorCaptioner detector = DetectorCaptioner.open(DetectorTestFiles.model(),
                settings(Precision.AUTO), choice(data, false))) {
            assertThat(detector.precision().precision()).isEqualTo(Precision.FP32);
            assertThat(detector.precision().reason()).isEqualTo("fp32: this CPU has no AVX-512 BF16 or AMX; bf16 "
                    + "not tried");
            assertThat(detector.precision().measurement()).isNull();
        }
        assertThat(data.resolve(PrecisionDecisions.FILE_NAME)).doesNotExist();
    }

    @Test
    void explicitBf16EitherRunsTheDetectorInBfloat16OrIsRefusedSayingWhatTensorFlowDid(@TempDir Path data)
            throws Exception {
        InstalledModel model = DetectorTestFiles.model();
        DetectorCaptioner detector;
        try {
            detector = DetectorCaptioner.open(model, settings(Precision.BF16), choice(data, false));
        } catch (CaptioningException refused) {
            assertThat(refused).hasMessageStartingWith("model.precision: bf16, but TensorFlow "
                    + TensorFlow.version() + " left the detector in fp32 on this CPU (")
                    .hasMessageContaining(": 0 of ").hasMessageContaining(" convolutions in bfloat16")
                    .hasMessageEndingWith("use model.precision: auto or fp32");
            return;
        }
        try (detector) {
            assertThat(detector.precision().precision()).isEqualTo(Precision.BF16);
            assertThat(detector.model().rewrite().applied()).isTrue();
            assertThat(detector.caption(List.of(new ImageInput("chelsea.png",
                    Files.readAllBytes(DetectorTestFiles.photo("chelsea.png")))))).hasSize(1);
        }
    }

    @Test
    void autoWhereBf16UnitsExistTimesBothOnceAndTheNextLoadReusesTheDecision(@TempDir Path data) throws Exception {
        InstalledModel model = DetectorTestFiles.model();
        PrecisionDecision first;
        try (DetectorCaptioner detector = DetectorCaptioner.open(model, settings(Precision.AUTO), choice(data, true))) {
            first = detector.precision();
            assertThat(detector.model().rewrite() != null).isEqualTo(first.precision() == Precision.BF16);
        }
        try (DetectorCaptioner again = DetectorCaptioner.open(model, settings(Precision.AUTO), choice(data, true))) {
            assertThat(again.precision().reused()).isTrue();
            assertThat(again.precision().measurement()).isEqualTo(first.measurement());
        }
        assertThat(first.reused()).isFalse();
        assertThat(first.measurement().images()).isEqualTo(DetectorTrial.IMAGES);
        assertThat(first.measurement().fp32ImagesPerSecond()).isPositive();
        assertThat(first.reason()).startsWith(first.precision().configName() + ": ");
        assertThat(data.resolve(PrecisionDecisions.FILE_NAME)).isRegularFile();
    }

    @Test
    void detectionsMatchWhateverTheirOrderButNotWithAnotherLabelOrAMovedBox() {
        Detection cat = new Detection("cat", 0.81, 10, 10, 100, 80);
        Detection dog = new Detection("dog", 0.80, 200, 40, 90, 90);
        Detection catAsBf16 = new Detection("cat", 0.79, 10.5, 10, 100, 80);

        assertThat(DetectorTrial.matches(List.of(cat, dog), List.of(dog, catAsBf16))).isTrue();
        assertThat(DetectorTrial.matches(List.of(cat), List.of(new Detection("dog", 0.81, 10, 10, 100, 80))))
                .isFalse();
        assertThat(DetectorTrial.matches(List.of(cat), List.of(new Detection("cat", 0.81, 40, 10, 100, 80))))
                .isFalse();
        assertThat(DetectorTrial.matches(List.of(cat, dog), List.of(cat))).isFalse();
    }

    @Test
    void theTrialScenesDifferBySeedAndAreTheSameForOneSeed() {
        assertThat(DetectorTrial.scene(64, 1).rgb()).isEqualTo(DetectorTrial.scene(64, 1).rgb())
                .isNotEqualTo(DetectorTrial.scene(64, 2).rgb());
    }
}
