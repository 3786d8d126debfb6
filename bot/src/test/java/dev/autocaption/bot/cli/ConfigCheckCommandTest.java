package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutAFileItPrintsTheBuiltInDefaults() {
        CliRun run = CliRun.of(dir, "config", "check");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("# built-in defaults").contains("beam-size: 3", "mode: review");
    }

    @Test
    void listsEveryMistakeWithItsKeyPathAndExitsWithTheConfigCode() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), """
                model:
                  beam-size: 0
                schedule:
                  interval: 10s
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: { api-key: k, api-secret: s, api-secert: hunter2 }
                """);

        CliRun run = CliRun.of(dir, "config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG);
        assertThat(run.err()).contains("3 problems", "model.beam-size", "schedule.interval",
                "accounts[0].credentials.api-secert");
        assertThat(run.err() + run.out()).doesNotContain("hunter2");
    }

    @Test
    void theGlobalOptionWorksBeforeTheSubcommandToo() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.yaml"), "model:\n  beam-size: 5\n");

        CliRun run = CliRun.of(dir, "--config", file.toString(), "config", "check");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("beam-size: 5");
    }

    @Test
    void secretsFromTheEnvironmentArePrintedMasked() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.yaml"), """
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: { api-key: "${KEY}", api-secret: "${SECRET}" }
                """);

        CliRun run = CliRun.of(dir, Map.of("KEY", "key-value-1", "SECRET", "secret-value-2"), "config", "check",
                "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("api-key: '********'").doesNotContain("key-value-1", "secret-value-2");
    }

    @Test
    void theEnvironmentVariableNamesTheFileWhenNoOptionIsGiven() throws Exception {
        Path file = Files.writeString(dir.resolve("env.yaml"), "model:\n  max-length: 12\n");

        CliRun run = CliRun.of(dir, Map.of("AUTOCAPTION_CONFIG", file.toString()), "config", "check");

        assertThat(run.out()).contains("max-length: 12");
    }
}
