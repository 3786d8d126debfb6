package dev.autocaption.bot.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The third-party fixtures under {@code ../shared/fixtures}, found through the system property
 * {@code autocaption.shared.dir}. Absent fixtures skip the test, except on CI ({@code CI=true}) where they fail it.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    /** The text of {@code fixtures/<relative>}. */
    public static String read(String relative) throws IOException {
        String dir = System.getProperty("autocaption.shared.dir");
        Path file = dir == null ? null : Path.of(dir, "fixtures", relative);
        if (file == null || !Files.isRegularFile(file)) {
            String message = "fixture " + relative + " not found (autocaption.shared.dir=" + dir + ")";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
