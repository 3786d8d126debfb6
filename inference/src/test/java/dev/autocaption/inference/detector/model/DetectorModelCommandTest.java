package dev.autocaption.inference.detector.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectorModelCommandTest {
    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void listShowsTheDetectorUnderAutocaptionHome() {
        int code = run("list");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("detector  nanodet-g-416  not installed"
                + " (nanodet.json is missing; nanodet.bin is missing); install with: autocaption models fetch"
                + " detector\n");
    }

    @Test
    void unknownCommandPrintsUsage() {
        assertThat(run("remove")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("usage: DetectorModelCommand fetch|list"
                + " [directory]\n");
    }

    private int run(String... args) {
        return DetectorModelCommand.run(args, Map.of("AUTOCAPTION_HOME", temp.toString()), Path.of("/nowhere"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
