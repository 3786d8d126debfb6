package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCommandsTest {
    @TempDir
    Path dir;

    @Test
    void scenesGenerateWritesImagesAndCaptions() {
        CliRun run = CliRun.of(dir, "scenes", "generate", "--count", "3", "--seed", "7", "--out", "s", "--size",
                "64x48");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("wrote 3 scenes (seed 7) and captions.json to " + dir.resolve("s"));
        assertThat(dir.resolve("s/captions.json")).exists();
        assertThat(dir.resolve("s/scene-000002.jpg")).exists();
    }

    @Test
    void aMalformedSizeIsAUsageError() {
        CliRun run = CliRun.of(dir, "scenes", "generate", "--count", "3", "--seed", "7", "--out", "s", "--size",
                "64by48");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--size must look like 320x240, was 64by48");
    }

    @Test
    void trainWithoutADataSetSaysWhatItExpected() {
        CliRun run = CliRun.of(dir, "train", "--data", "missing", "--out", "model", "--steps", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.MODEL);
        assertThat(run.err()).contains("cannot read data set " + dir.resolve("missing"));
    }

    @Test
    void aMalformedEncoderIsAUsageError() {
        CliRun run = CliRun.of(dir, "train", "--data", "d", "--out", "m", "--encoder", "big");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--encoder must be SIZE:DEPTH like 96:0.125, was big");
    }

    @Test
    void evaluateWithAMissingModelIsAModelError() throws Exception {
        Files.createDirectories(dir.resolve("d"));
        Files.writeString(dir.resolve("d/captions.json"), "{\"images\": [], \"annotations\": []}");
        CliRun run = CliRun.of(dir, "evaluate", "--model", "nothing-here", "--data", "d");

        assertThat(run.exitCode()).isEqualTo(ExitCode.MODEL);
        assertThat(run.err()).contains("nothing-here");
    }
}
