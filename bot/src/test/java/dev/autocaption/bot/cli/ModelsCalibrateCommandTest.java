package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.showandtell.EncoderSpec;
import dev.autocaption.workshop.scenes.SceneGenerator;
import dev.autocaption.workshop.training.OutOfDomainImages;
import dev.autocaption.workshop.training.ProgressListener;
import dev.autocaption.workshop.training.Trainer;
import dev.autocaption.workshop.training.TrainingOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCalibrateCommandTest {
    @TempDir
    static Path dir;

    /**
     * 24 small scenes, a tiny model trained on them without domain statistics, and a noise image. The tiny model's
     * features cannot tell noise from scenes (that is measured on the shipped weights by the workshop module's
     * {@code ShippedModelDomainTest}); here the command's mechanics are checked.
     */
    @BeforeAll
    static void trainTinyModelWithoutStatistics() throws Exception {
        new SceneGenerator(128, 96).generate(24, 5L, dir.resolve("scenes"));
        new Trainer(Clock.systemUTC(), 0).train(new TrainingOptions(dir.resolve("scenes"), dir.resolve("model"), 20,
                8, 0.01f, new EncoderSpec(EncoderSpec.INCEPTION_V3, 75, 80, 0.125, 8), 16, 32, 10, 1, 3L, 20,
                "tiny-scenes"), ProgressListener.silent());
        ImageInput noise = new OutOfDomainImages(128, 96).generate(OutOfDomainImages.Kind.NOISE, 1, 9L).get(0);
        Files.write(dir.resolve("noise.jpg"), noise.bytes());
    }

    @Test
    void calibratingWritesStatisticsThatCaptionJsonReports() throws Exception {
        CliRun plain = CliRun.of(dir, "caption", "--model", "model", "--json", "noise.jpg");
        CliRun calibrate = CliRun.of(dir, "models", "calibrate", "--model", "model", "--data", "scenes", "--images",
                "24");
        CliRun caption = CliRun.of(dir, "caption", "--model", "model", "--json", "scenes/"
                + SceneGenerator.fileName(3), "noise.jpg");

        assertThat(calibrate.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(new ObjectMapper().readTree(plain.out()).get(0).has("familiarity")).isFalse();
        assertThat(calibrate.out()).startsWith("wrote " + dir.resolve("model/domain.json") + ": 24 images, 256 "
                + "features, shrinkage ");
        assertThat(calibrate.err()).contains("domain statistics: encoding images 24/24");
        assertThat(caption.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(CliRun.of(dir, "caption", "--model", "model", "noise.jpg").out())
                .containsPattern("Captions for image .*noise.jpg: \\(familiarity \\d\\.\\d{4}, domain distance "
                        + "\\d+\\.\\d{2}; scores include it\\)");
        JsonNode images = new ObjectMapper().readTree(caption.out());
        JsonNode scene = images.get(0);
        JsonNode noise = images.get(1);
        assertThat(scene.get("familiarity").asDouble()).isEqualTo(1.0);
        assertThat(scene.get("domainDistance").asDouble()).isPositive();
        assertThat(noise.get("familiarity").asDouble()).isBetween(0.0, 1.0);
        assertThat(noise.get("captions").get(0).get("score").asDouble())
                .isLessThanOrEqualTo(new ObjectMapper().readTree(plain.out()).get(0).get("captions").get(0)
                        .get("score").asDouble() + 1e-6);
    }

    @Test
    void evaluateWithoutModelUsesTheConfiguredOneAndComparesTheSets() throws Exception {
        Files.createDirectories(dir.resolve("photos"));
        Files.copy(dir.resolve("noise.jpg"), dir.resolve("photos/noise-photo.jpg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("autocaption.yaml"), "model:\n  path: model\n");

        CliRun run = CliRun.of(dir, "evaluate", "--data", "scenes", "--out-of-domain", "3", "--photos", "photos");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("model    tiny-scenes-", "BLEU");
        assertThat(run.out()).containsPattern("\\nscenes +24 \\|");
        assertThat(run.err()).contains("evaluating: captioned images 0/24", "evaluating: captioned images 24/24");
        assertThat(run.out()).containsPattern("\\nnoise +1 \\|").containsPattern("\\ntext +1 \\|")
                .containsPattern("\\ngradient +1 \\|").containsPattern("\\nphotographs +1 \\|")
                .containsPattern("\\nall out of domain +4 \\|");
    }

    @Test
    void evaluatePrecisionBf16ReportsAgreementWithFp32OrSaysWhyNothingWasCompared() {
        CliRun run = CliRun.of(dir, "evaluate", "--model", "model", "--data", "scenes", "--precision", "bf16");

        if (run.exitCode() == ExitCode.MODEL) {
            assertThat(run.err()).startsWith("evaluate --precision bf16: nothing compared, because model.precision: "
                    + "bf16, but TensorFlow ").contains(" left the encoder in fp32 on this CPU (", "convolutions in "
                    + "bfloat16");
            assertThat(run.out()).doesNotContain("top caption identical");
        } else {
            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("bf16 against fp32 on 24 images", "top caption identical",
                    "corpus BLEU-4          fp32 ", "encoder precision: bf16: model.precision=bf16");
        }
    }

    @Test
    void evaluatePrecisionAutoWhereAutoMeansFp32ComparesNothing() {
        CliRun run = CliRun.of(dir, "evaluate", "--model", "model", "--data", "scenes", "--precision", "auto");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        if (dev.autocaption.inference.precision.CpuInfo.current().bf16Units().isEmpty()) {
            assertThat(run.out()).isEqualTo("--precision auto runs the encoder in fp32 here (fp32: this CPU has no "
                    + "AVX-512 BF16 or AMX; bf16 not tried): nothing to compare, no agreement reported\n");
        }
    }

    @Test
    void anUnknownPrecisionIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.of(dir, "evaluate", "--model", "model", "--data", "scenes", "--precision", "fp16");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--precision: expected auto, fp32 or bf16, was fp16");
    }

    @Test
    void evaluateWithAMissingDataSetFailsBeforeTheModelLoads() {
        CliRun run = CliRun.of(dir, "evaluate", "--model", "model", "--data", "no-such-set");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith("cannot read data set " + dir.resolve("no-such-set") + ": ");
    }

    @Test
    void aPathWithoutModelJsonIsAModelError() {
        CliRun run = CliRun.of(dir, "models", "calibrate", "--model", "scenes", "--data", "scenes");

        assertThat(run.exitCode()).isEqualTo(ExitCode.MODEL);
        assertThat(run.err()).contains("cannot calibrate " + dir.resolve("scenes") + ": expected a model directory "
                + "with model.json");
    }

    @Test
    void tooFewImagesIsAUsageError() {
        CliRun run = CliRun.of(dir, "models", "calibrate", "--model", "model", "--data", "scenes", "--images", "5");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--images/--shrinkage: calibration needs at least 10 images, was 5");
    }
}
