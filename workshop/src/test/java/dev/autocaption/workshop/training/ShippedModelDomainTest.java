package dev.autocaption.workshop.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.FilterConfig;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.showandtell.ModelDirectory;
import dev.autocaption.inference.showandtell.ShowAndTellLoader;
import dev.autocaption.inference.showandtell.TensorFlowCaptioner;
import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.domain.DomainFit;
import dev.autocaption.workshop.scenes.SceneGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The out-of-domain guard on real trained weights (a tiny model trained for seconds has encoder features that do
 * not tell noise from scenes): the shipped demo model with its shipped statistics, against the default filter
 * threshold, and a copy of it calibrated here on freshly drawn scenes (the guard needs about a thousand images to
 * find the directions in which scenes hardly vary).
 */
class ShippedModelDomainTest {
    @TempDir
    Path dir;

    @Test
    void asShippedTheModelScoresNoiseAndTextBelowTheDefaultDropBelowAndFreshScenesAbove() throws Exception {
        assertThat(ShippedModelTest.DEMO.resolve("domain.json")).as("the shipped demo model's domain statistics")
                .isRegularFile();
        SceneGenerator generator = new SceneGenerator();
        List<ImageInput> scenes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            scenes.add(new ImageInput("scene-" + i, generator.scene(ShippedModelTest.FRESH_SEED, i).jpeg()));
        }
        OutOfDomainImages others = new OutOfDomainImages(320, 240);
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(TrainerTest.config(ShippedModelTest.DEMO))) {
            List<CaptionResult> fresh = captioner.caption(scenes);
            List<CaptionResult> noise = captioner.caption(others.generate(OutOfDomainImages.Kind.NOISE, 12, 1L));
            List<CaptionResult> text = captioner.caption(others.generate(OutOfDomainImages.Kind.TEXT, 12, 1L));

            assertThat(meanScore(fresh)).isGreaterThan(FilterConfig.DEFAULT_DROP_BELOW);
            assertThat(meanScore(noise)).isLessThan(FilterConfig.DEFAULT_DROP_BELOW);
            assertThat(meanScore(text)).isLessThan(FilterConfig.DEFAULT_DROP_BELOW);
        }
    }

    @Test
    void calibratedOnScenesTheShippedModelScoresNoiseAndTextBelowFreshScenes() throws Exception {
        Path model = copyWithoutStatistics(ShippedModelTest.DEMO, dir.resolve("demo"));
        new SceneGenerator().generate(1000, 4242L, dir.resolve("scenes"));

        CalibrationResult calibration = new DomainCalibration(1000, DomainFit.defaults()).calibrate(
                TrainerTest.config(model), CocoDataset.open(dir.resolve("scenes")), ProgressListener.silent());

        assertThat(calibration.statistics().images()).isEqualTo(1000);
        SceneGenerator generator = new SceneGenerator();
        List<ImageInput> scenes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            scenes.add(new ImageInput("scene-" + i, generator.scene(ShippedModelTest.FRESH_SEED, i).jpeg()));
        }
        OutOfDomainImages others = new OutOfDomainImages(320, 240);
        try (TensorFlowCaptioner captioner = ShowAndTellLoader.load(TrainerTest.config(model))) {
            List<CaptionResult> fresh = captioner.caption(scenes);
            List<CaptionResult> noise = captioner.caption(others.generate(OutOfDomainImages.Kind.NOISE, 12, 1L));
            List<CaptionResult> text = captioner.caption(others.generate(OutOfDomainImages.Kind.TEXT, 12, 1L));

            assertThat(fresh.stream().filter(r -> r.familiarity().value() == 1.0).count()).isGreaterThanOrEqualTo(10);
            assertThat(meanFamiliarity(noise)).isLessThan(0.7);
            assertThat(meanFamiliarity(text)).isLessThan(0.7);
            assertThat(meanScore(noise)).isLessThan(meanScore(fresh) - 0.15);
            assertThat(meanScore(text)).isLessThan(meanScore(fresh) - 0.15);
        }
    }

    private static double meanFamiliarity(List<CaptionResult> results) {
        return results.stream().mapToDouble(r -> r.familiarity().value()).average().orElseThrow();
    }

    private static double meanScore(List<CaptionResult> results) {
        return results.stream().mapToDouble(r -> r.best().score()).average().orElseThrow();
    }

    /** The model directory's files except its domain statistics (header, data), and model.json without them. */
    private static Path copyWithoutStatistics(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith("domain")) {
                    Files.copy(file, to.resolve(name));
                }
            }
        }
        Path json = to.resolve(ModelDirectory.MODEL_JSON);
        Files.writeString(json, Files.readString(json).replaceAll(",\\s*\"domain\"\\s*:\\s*\"[^\"]*\"", ""));
        return to;
    }
}
