package dev.autocaption.inference;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates third-party fixtures under {@code autocaption.shared.dir}. Tests skip when the directory is absent,
 * except under {@code CI=true}, where absence fails.
 */
public final class SharedFixtures {
    private SharedFixtures() {
    }

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
}
