package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandTest {
    @TempDir
    Path dir;

    @Test
    void listSaysTheDetectorIsNotInstalledAndHowToInstallIt() {
        CliRun run = CliRun.of(dir, Map.of("AUTOCAPTION_HOME", dir.toString()), "models", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("detector  nanodet-g-416  not installed in ")
                .contains(dir.resolve("models/detector").toString(),
                        "install with: autocaption models fetch detector");
    }

    @Test
    void fetchingAnUnknownModelListsTheKnownOnes() {
        CliRun run = CliRun.of(dir, "models", "fetch", "im2txt");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown model im2txt; known: [detector]");
    }
}
