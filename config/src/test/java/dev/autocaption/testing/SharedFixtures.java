package dev.autocaption.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The third-party fixtures under {@code ../shared/fixtures}, found through the system property
 * {@code autocaption.shared.dir} (set by the parent pom). A missing fixture skips the test, except under
 * {@code CI=true}, where it fails it. Fixtures are never copied into the repository.
 */
public final class SharedFixtures {
    private SharedFixtures() {
    }

    /** The path of {@code fixtures/<relative>} (a file or a folder). */
    public static Path file(String relative) {
        String dir = System.getProperty("autocaption.shared.dir");
        Path path = dir == null ? null : Path.of(dir, "fixtures").resolve(relative).toAbsolutePath().normalize();
        boolean present = path != null && Files.exists(path);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("shared fixture " + relative + " not found under autocaption.shared.dir=" + dir + " (CI=true)");
        }
        assumeTrue(present, "shared fixture " + relative + " not found under autocaption.shared.dir=" + dir
                + "; skipping");
        return path;
    }

    /** The text of {@code fixtures/<relative>}. */
    public static String read(String relative) throws IOException {
        return Files.readString(file(relative), StandardCharsets.UTF_8);
    }
}
