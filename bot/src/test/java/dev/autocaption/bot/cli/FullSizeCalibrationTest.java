package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autocaption.inference.showandtell.Architecture;
import dev.autocaption.inference.showandtell.RandomModels;
import dev.autocaption.workshop.scenes.SceneGenerator;
import dev.autocaption.workshop.training.OutOfDomainImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21 end to end at the published model's real shape: full-depth Inception v3 (2,048 pooled features), LSTM
 * 512, 12,000 logits and an 11,519-line vocabulary, with random weights. Ten images keep it to about half a minute
 * on two cores; with fewer images than features the fit takes the low-rank form.
 */
class FullSizeCalibrationTest {
    private static final int FEATURES = 2048;

    @TempDir
    Path dir;

    @Test
    void aFullSizeModelCalibratedByTheCliIsCaptionedWithItsStatistics() throws Exception {
        RandomModels.write(dir.resolve("model"), "full-size-random", Architecture.im2txt(),
                RandomModels.placeholderVocabulary(11_519), 21L);
        new SceneGenerator().generate(10, 21L, dir.resolve("scenes"));
        Files.write(dir.resolve("noise.jpg"), new OutOfDomainImages(320, 240)
                .generate(OutOfDomainImages.Kind.NOISE, 1, 21L).get(0).bytes());

        CliRun calibrate = CliRun.of(dir, "models", "calibrate", "--model", "model", "--data", "scenes", "--images",
                "10");
        CliRun caption = CliRun.of(dir, "caption", "--model", "model", "--json",
                "scenes/" + SceneGenerator.fileName(4), "noise.jpg");

        assertThat(calibrate.exitCode()).as(calibrate.err()).isEqualTo(ExitCode.OK);
        assertThat(calibrate.out()).startsWith("wrote " + dir.resolve("model/domain.json") + ": 10 images, "
                + FEATURES + " features, shrinkage ");
        JsonNode header = new ObjectMapper().readTree(dir.resolve("model/domain.json").toFile());
        assertThat(header.get("format").asText()).isEqualTo("autocaption-domain/2");
        assertThat(Files.size(dir.resolve("model/domain.json"))).isLessThan(2_000);
        assertThat(Files.size(dir.resolve("model").resolve(header.get("data").get("file").asText())))
                .isEqualTo(4L * (FEATURES + FEATURES * (FEATURES + 1L) / 2));
        assertThat(caption.exitCode()).as(caption.err()).isEqualTo(ExitCode.OK);
        JsonNode images = new ObjectMapper().readTree(caption.out());
        assertThat(images).hasSize(2);
        for (JsonNode image : images) {
            assertThat(image.get("familiarity").asDouble()).isBetween(Double.MIN_VALUE, 1.0);
            assertThat(image.get("domainDistance").asDouble()).isPositive();
            assertThat(image.get("captions")).isNotEmpty();
        }
    }
}
