package dev.autocaption.workshop.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.Device;
import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.showandtell.EncoderSpec;
import dev.autocaption.inference.showandtell.ShowAndTellLoader;
import dev.autocaption.inference.showandtell.TensorFlowCaptioner;
import dev.autocaption.workshop.scenes.SceneGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
    @TempDir
    static Path shared;

    private static Path data;

    @BeforeAll
    static void generateScenes() throws Exception {
        data = shared.resolve("scenes");
        new SceneGenerator(128, 96).generate(24, 5L, data);
    }

    private static TrainingOptions tiny(Path out, int steps) {
        return new TrainingOptions(data, out, steps, 8, 0.01f, new EncoderSpec(EncoderSpec.INCEPTION_V3, 75, 80,
                0.05, 4), 16, 32, 10, 1, 3L, 20, "tiny-scenes");
    }

    @Test
    void tinyRunLowersTheLossAndItsCheckpointCaptionsThroughTheEngineLoader(@TempDir Path out) throws Exception {
        List<Double> losses = new ArrayList<>();
        TrainingResult result = new Trainer(Clock.systemUTC()).train(tiny(out, 30), r -> losses.add(r.loss()));

        assertThat(losses).hasSize(30);
        double first = losses.subList(0, 5).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double last = losses.subList(25, 30).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(last).isLessThan(first * 0.9);
        assertThat(result.checkpoint()).isEqualTo(out.resolve("model.ckpt-30"));
        assertThat(out.resolve("model.json")).exists();
        assertThat(out.resolve("word_counts.txt")).exists();
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(config(out))) {
            List<CaptionResult> captions = captioner.caption(List.of(new ImageInput("scene",
                    Files.readAllBytes(data.resolve(SceneGenerator.fileName(0))))));
            assertThat(captioner.modelId()).startsWith("tiny-scenes-");
            assertThat(captions.get(0).failed()).isFalse();
            assertThat(captions.get(0).captions()).isNotEmpty();
        }
    }

    /**
     * The statistics' mechanics on a tiny model (whether they separate noise from scenes needs trained features:
     * {@code ShippedModelDomainTest}). Depth 1/8 with at least 8 channels, because thinner tiny encoders give
     * batch-size-dependent features on CPU.
     */
    @Test
    void theEndOfARunWritesDomainStatisticsThatFindItsOwnScenesFamiliar(@TempDir Path out) throws Exception {
        TrainingOptions options = new TrainingOptions(data, out, 10, 8, 0.01f, new EncoderSpec(
                EncoderSpec.INCEPTION_V3, 75, 80, 0.125, 8), 16, 32, 10, 1, 3L, 20, "tiny-scenes");
        List<Integer> calibrated = new ArrayList<>();
        TrainingResult result = new Trainer(Clock.systemUTC(), 24).train(options, new ProgressListener() {
            @Override
            public void step(StepReport report) {
            }

            @Override
            public void calibrating(int done, int total) {
                calibrated.add(done);
            }
        });

        assertThat(calibrated).containsExactly(0, 24);
        assertThat(result.calibration().file()).isEqualTo(out.resolve("domain.json"));
        assertThat(result.calibration().statistics().images()).isEqualTo(24);
        assertThat(result.calibration().statistics().featureSize()).isEqualTo(256);
        assertThat(Files.readString(out.resolve("model.json"))).contains("\"domain\" : \"domain.json\"");
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(config(out))) {
            List<CaptionResult> results = captioner.caption(List.of(new ImageInput("scene",
                    Files.readAllBytes(data.resolve(SceneGenerator.fileName(3)))), new OutOfDomainImages(128, 96)
                    .generate(OutOfDomainImages.Kind.NOISE, 1, 9L).get(0)));
            assertThat(results.get(0).familiarity().value()).isEqualTo(1.0);
            assertThat(results.get(1).familiarity()).isNotNull();
        }
    }

    @Test
    void aResumedRunWithNoStepsLeftStillWritesDomainStatistics(@TempDir Path out) throws Exception {
        new Trainer(Clock.systemUTC(), 0).train(tiny(out, 3), ProgressListener.silent());
        assertThat(out.resolve("domain.json")).doesNotExist();

        TrainingResult again = new Trainer(Clock.systemUTC(), 12).train(tiny(out, 3), ProgressListener.silent());

        assertThat(again.record().stepsDone()).isEqualTo(3);
        assertThat(again.calibration().statistics().images()).isEqualTo(12);
        assertThat(out.resolve("domain.json")).exists();
    }

    @Test
    void aStoppedRunResumesFromItsLastCheckpoint(@TempDir Path out) throws Exception {
        Trainer trainer = new Trainer(Clock.systemUTC(), 0);
        trainer.train(tiny(out, 4), ProgressListener.silent());
        List<Integer> steps = new ArrayList<>();

        TrainingResult resumed = trainer.train(tiny(out, 7), r -> steps.add(r.step()));

        assertThat(steps).first().isEqualTo(5);
        assertThat(steps).last().isEqualTo(7);
        assertThat(resumed.record().stepsDone()).isEqualTo(7);
        assertThat(resumed.record().sessions()).extracting(TrainingRecord.Session::fromStep).containsExactly(0, 4);
        assertThat(resumed.record().seed()).isEqualTo(3L);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("model.ckpt-")))
                    .allMatch(n -> n.startsWith("model.ckpt-7."));
        }
    }

    @Test
    void aDirectoryOfAnotherRunIsRefused(@TempDir Path out) throws Exception {
        Trainer trainer = new Trainer(Clock.systemUTC(), 0);
        trainer.train(tiny(out, 1), ProgressListener.silent());
        TrainingOptions other = tiny(out, 4);
        TrainingOptions otherSeed = new TrainingOptions(other.data(), out, 4, 8, 0.01f, other.encoder(), 16, 32, 10,
                1, 4L, 20, "tiny-scenes");

        assertThatThrownBy(() -> trainer.train(otherSeed, ProgressListener.silent()))
                .isInstanceOf(CaptioningException.class)
                .hasMessageContaining("holds another training run")
                .hasMessageContaining("seed 3")
                .hasMessageContaining("seed 4");
    }

    @Test
    void aFolderWithoutCaptionsIsRefusedWithWhatWasExpected(@TempDir Path empty) {
        TrainingOptions options = TrainingOptions.defaults(empty, empty.resolve("model"));

        assertThatThrownBy(() -> new Trainer(Clock.systemUTC()).train(options, ProgressListener.silent()))
                .isInstanceOf(CaptioningException.class)
                .hasMessageContaining("cannot read data set " + empty)
                .hasMessageContaining("expected captions.json in COCO captions layout");
    }

    static ModelConfig config(Path model) {
        return new ModelConfig(Engine.SHOW_AND_TELL, model, null, Device.CPU, 3, 20, 8, 0, 0, 0, 4_000_000);
    }
}
