package dev.autocaption.workshop.scenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.workshop.coco.CocoDataset;
import dev.autocaption.workshop.coco.CocoExample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneGeneratorTest {
    private final SceneGenerator generator = new SceneGenerator();

    @Test
    void sameSeedAndIndexGiveTheSameBytesAndCaptions() {
        Scene first = generator.scene(42, 7);
        Scene again = new SceneGenerator().scene(42, 7);

        assertThat(again.jpeg()).isEqualTo(first.jpeg());
        assertThat(again.captions()).isEqualTo(first.captions());
        assertThat(again.description()).isEqualTo(first.description());
    }

    @Test
    void differentSeedsGiveDifferentScenes() {
        assertThat(generator.scene(1, 0).jpeg()).isNotEqualTo(generator.scene(2, 0).jpeg());
        assertThat(generator.scene(1, 0).jpeg()).isNotEqualTo(generator.scene(1, 1).jpeg());
    }

    @Test
    void generateTwiceWithTheSameSeedWritesIdenticalFiles(@TempDir Path dir) throws Exception {
        generator.generate(4, 99, dir.resolve("a"));
        generator.generate(4, 99, dir.resolve("b"));

        for (String name : fileNames(dir.resolve("a"))) {
            assertThat(dir.resolve("b").resolve(name)).hasSameBinaryContentAs(dir.resolve("a").resolve(name));
        }
        assertThat(fileNames(dir.resolve("a"))).hasSize(5).contains(SceneGenerator.CAPTIONS_FILE);
    }

    @Test
    void generateWithAnotherSeedWritesDifferentCaptionsFile(@TempDir Path dir) throws Exception {
        generator.generate(4, 99, dir.resolve("a"));
        generator.generate(4, 100, dir.resolve("b"));

        assertThat(Files.readString(dir.resolve("b").resolve(SceneGenerator.CAPTIONS_FILE)))
                .isNotEqualTo(Files.readString(dir.resolve("a").resolve(SceneGenerator.CAPTIONS_FILE)));
    }

    @Test
    void generatedFolderOpensAsCocoDatasetWithTheSceneCaptions(@TempDir Path dir) throws Exception {
        generator.generate(3, 5, dir);

        CocoDataset dataset = CocoDataset.open(dir);

        assertThat(dataset.examples()).hasSize(3);
        CocoExample second = dataset.examples().get(1);
        assertThat(second.path()).isEqualTo(dir.resolve("scene-000001.jpg"));
        assertThat(second.captions()).isEqualTo(generator.scene(5, 1).captions());
        assertThat(dataset.captions().info()).containsEntry("seed", "5").containsEntry("count", "3")
                .containsEntry("version", SceneGenerator.VERSION);
    }

    @Test
    void sceneSizeIsConfigurable() {
        Scene scene = new SceneGenerator(160, 120).scene(3, 0);

        assertThat(scene.image().getWidth()).isEqualTo(160);
        assertThat(scene.pixels().height()).isEqualTo(120);
        assertThat(scene.objects()).allSatisfy(o -> assertThat(o.x() + o.width()).isLessThanOrEqualTo(161));
    }

    @Test
    void rejectsTinyScenes() {
        assertThatThrownBy(() -> new SceneGenerator(16, 240))
                .hasMessage("scene size must be 32..2048 on each side, was 16x240");
    }

    private static java.util.List<String> fileNames(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
