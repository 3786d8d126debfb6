package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.domain.DistanceQuantiles;
import dev.autocaption.inference.domain.DomainStatistics;
import dev.autocaption.testing.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDirectoryTest {

    @Test
    void bareCheckpointPrefixMeansThePublishedArchitecture() throws Exception {
        Path index = SharedFixtures.file("im2txt/model.ckpt-2000000.index");

        ModelDefinition model = ModelDirectory.open(index.resolveSibling("model.ckpt-2000000"), null);

        assertThat(model.architecture()).isEqualTo(Architecture.im2txt());
        assertThat(model.modelId()).matches("im2txt-2000000-[0-9a-f]{6}");
        assertThat(model.vocabulary()).isEqualTo(index.resolveSibling("word_counts.txt"));
    }

    @Test
    void modelJsonRoundTripsTheArchitecture(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("model.ckpt-7.index"), new byte[] {1, 2, 3});
        Architecture small = new Architecture(new EncoderSpec("inception_v3", 149, 172, 0.25, 8), 64, 96, 500);
        ModelDirectory.write(dir, new ModelJson("show-and-tell", "demo", small, "model.ckpt-7", "words.txt"));

        ModelDefinition model = ModelDirectory.open(dir, null);

        assertThat(model.architecture()).isEqualTo(small);
        assertThat(model.checkpoint()).isEqualTo(dir.resolve("model.ckpt-7"));
        assertThat(model.vocabulary()).isEqualTo(dir.resolve("words.txt"));
        assertThat(model.modelId()).isEqualTo("demo-039058");
        assertThat(model.domain()).isNull();
        assertThat(Files.readString(dir.resolve("model.json"))).doesNotContain("domain");
    }

    @Test
    void writingDomainStatisticsPointsModelJsonAtThemAndKeepsTheRest(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("model.ckpt-7.index"), new byte[] {1, 2, 3});
        Architecture small = new Architecture(new EncoderSpec("inception_v3", 149, 172, 0.25, 8), 64, 96, 500);
        ModelDirectory.write(dir, new ModelJson("show-and-tell", "demo", small, "model.ckpt-7", "words.txt"));
        DomainStatistics stats = new DomainStatistics("demo-039058", 10, 0.01, 0.001, new float[] {0, 0},
                new float[] {1, 0, 0, 1}, new DistanceQuantiles(1, 2, 3, 4));

        Path file = ModelDirectory.writeDomain(dir, stats);
        ModelDefinition model = ModelDirectory.open(dir, null);

        assertThat(file).isEqualTo(dir.resolve("domain.json"));
        assertThat(model.domain()).isEqualTo(dir.resolve("domain.json"));
        assertThat(model.architecture()).isEqualTo(small);
        assertThat(model.vocabulary()).isEqualTo(dir.resolve("words.txt"));
        assertThat(Files.readString(dir.resolve("model.json"))).contains("\"domain\" : \"domain.json\"");
    }

    @Test
    void directoryWithoutModelJsonSaysWhatToPass(@TempDir Path dir) {
        assertThatThrownBy(() -> ModelDirectory.open(dir, null))
                .isInstanceOf(CaptioningException.class)
                .hasMessage("model directory " + dir + " has no model.json; expected a model directory, or pass the "
                        + "checkpoint prefix (e.g. " + dir.resolve("model.ckpt-2000000") + ") and --vocab");
    }

    @Test
    void invalidArchitectureValueIsReportedWithTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("model.json"), """
                {"engine": "show-and-tell", "name": "x", "checkpoint": "c",
                 "architecture": {"encoder": {"kind": "inception_v3", "inputSize": 50, "resizeSize": 60,
                   "depthMultiplier": 1.0, "minDepth": 16}, "embeddingSize": 8, "lstmUnits": 8, "vocabSize": 9}}
                """);

        assertThatThrownBy(() -> ModelDirectory.open(dir, null))
                .hasMessageStartingWith(dir.resolve("model.json") + " is not a valid model description")
                .hasMessageContaining("encoder inputSize must be in [75, 2048], was 50");
    }
}
