package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of(dir, "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: autocaption", "config", "--config=FILE");
    }

    @Test
    void versionNamesTheProduct() {
        CliRun run = CliRun.of(dir, "--version");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("autocaption ");
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.of(dir, "confg");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unmatched argument at index 0: 'confg'", "config");
    }

    @Test
    void noCommandPrintsUsageAndExitsWithUsage() {
        CliRun run = CliRun.of(dir);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Usage: autocaption");
    }

    @Test
    void subcommandsHaveTheirOwnHelp() {
        CliRun run = CliRun.of(dir, "config", "check", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: autocaption config check", "--config=FILE");
    }
}
