package dev.autocaption.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The grep half of "config, pipeline and cli name no platform": no platform's type name or constant appears in
 * their main sources (help texts and javadoc that give Flickr or Facebook as an example aside).
 */
class PlatformNeutralityTest {
    private static final Pattern PLATFORM_CONSTANT = Pattern.compile(
            "\"(flickr|facebook|facebook-page|facebook-profile)\"|AccountType\\.[A-Z_]+|FlickrPlatform|FacebookPlatform"
                    + "|isFacebook\\(");

    @Test
    void configPipelineAndCliSourcesNameNoPlatformConstant() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> folders = List.of(root.resolve("config/src/main/java/dev/autocaption/config"),
                root.resolve("bot/src/main/java/dev/autocaption/bot/pipeline"),
                root.resolve("bot/src/main/java/dev/autocaption/bot/cli"));
        List<String> found = folders.stream().flatMap(PlatformNeutralityTest::javaFiles)
                .flatMap(PlatformNeutralityTest::hits).toList();

        assertThat(found).isEmpty();
    }

    private static Stream<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
    }

    private static Stream<String> hits(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> PLATFORM_CONSTANT.matcher(lines.get(i)).find())
                    .mapToObj(i -> file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
