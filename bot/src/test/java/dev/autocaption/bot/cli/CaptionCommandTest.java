package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autocaption.inference.showandtell.RandomModels;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptionCommandTest {
    private static final List<String> WORDS = List.of("a 90", "<S> 50", "</S> 50", ". 40", "dog 30", "on 20",
            "the 19", "grass 18", "man 17", "'s 16", "hat 15", "red 14", "ball 13", "with 12", "cat 11");

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeTinyRandomModelAndImages() throws Exception {
        RandomModels.write(dir.resolve("model"), "tiny", RandomModels.tiny(16), WORDS, 1);
        png(dir.resolve("photos/one.png"), 1);
        png(dir.resolve("photos/two.png"), 2);
        Files.writeString(dir.resolve("page.jpg"), "<html><body>not an image</body></html>");
    }

    private static void png(Path file, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void printsTheTopCaptionsOfEveryImageAndReportsTheBadOneWithoutStopping() {
        CliRun run = CliRun.of(dir, "caption", "--model", "model", "photos/one.png,page.jpg", "photos/two.png");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL_FAILURE);
        assertThat(run.out()).contains("Captions for image " + dir.resolve("photos/one.png") + ":\n  1) ",
                "Captions for image " + dir.resolve("photos/two.png") + ":\n  1) ",
                dir.resolve("page.jpg") + ": error: ");
        assertThat(run.out()).containsPattern("  2\\) .*\\. \\(p=\\d\\.\\d{6}, score=\\d\\.\\d{4}\\)");
    }

    @Test
    void jsonHasOneObjectPerImageWithTheAskedNumberOfCaptions() throws Exception {
        CliRun run = CliRun.of(dir, "caption", "--model", "model", "--json", "--top", "2", "photos/*.png");

        JsonNode images = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(images).hasSize(2);
        assertThat(images.get(0).get("image").asText()).isEqualTo(dir.resolve("photos/one.png").toString());
        assertThat(images.get(0).get("captions")).hasSize(2);
        assertThat(images.get(0).get("error").isNull()).isTrue();
        JsonNode best = images.get(1).get("captions").get(0);
        assertThat(best.get("text").asText()).endsWith(".");
        assertThat(best.get("p").asDouble()).isBetween(0.0, 1.0);
        assertThat(best.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(best.get("logprob").asDouble()).isLessThanOrEqualTo(0.0);
        assertThat(best.get("tokens").isArray()).isTrue();
    }

    @Test
    void candidatesAreNumberedFromOneBestScoredFirst() throws Exception {
        CliRun text = CliRun.of(dir, "caption", "--model", "model", "photos/one.png");
        CliRun json = CliRun.of(dir, "caption", "--model", "model", "--json", "photos/one.png");

        JsonNode captions = new ObjectMapper().readTree(json.out()).get(0).get("captions");
        assertThat(captions.findValuesAsText("rank")).containsExactly("1", "2", "3");
        assertThat(captions.findValues("score")).extracting(JsonNode::asDouble).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        assertThat(text.out()).containsPattern("  1\\) .*\n  2\\) .*\n  3\\) ");
    }

    @Test
    void missingFileIsReportedAsThatImagesError() {
        CliRun run = CliRun.of(dir, "caption", "--model", "model", "nowhere.jpg", "photos/one.png");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL_FAILURE);
        assertThat(run.out()).contains(dir.resolve("nowhere.jpg") + ": error: no such file\n");
    }

    @Test
    void onlyMissingFilesIsAnInputErrorBeforeAnyModelLoads(@TempDir Path empty) {
        CliRun run = CliRun.of(empty, "caption", "nowhere.jpg");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).isEqualTo("no such image file: " + empty.resolve("nowhere.jpg") + "\n");
    }

    @Test
    void globWithoutMatchesIsAnInputError() {
        CliRun run = CliRun.of(dir, "caption", "--model", "model", "photos/*.gif");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("no files match 'photos/*.gif'");
    }

    @Test
    void aFolderMeansItsImageFiles() throws Exception {
        CliRun run = CliRun.of(dir, "caption", "--model", "model", "--json", "photos");

        JsonNode images = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(images.findValuesAsText("image")).containsExactly(dir.resolve("photos/one.png").toString(),
                dir.resolve("photos/two.png").toString());
    }

    @Test
    void aFolderWithoutImagesIsAnInputError() {
        CliRun run = CliRun.of(dir, "caption", "--model", "model", "model");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("no images in folder 'model'", "looked for files ending in .jpg, .jpeg");
    }

    @Test
    void withoutAnyModelItSaysHowToGetOne(@TempDir Path empty) throws IOException {
        Files.writeString(empty.resolve("x.jpg"), "not looked at before the model");
        CliRun run = CliRun.of(empty, "caption", "x.jpg");

        assertThat(run.exitCode()).isEqualTo(ExitCode.MODEL);
        assertThat(run.err()).startsWith("no model at " + empty.resolve("models/demo"))
                .contains("Pass --model with a model directory");
    }

    @Test
    void inspectReportsTheModelAndItsCompatibility() {
        CliRun run = CliRun.of(dir, "model", "inspect", "model");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("model        tiny-", "LSTM names   lstm/basic_lstm_cell/{kernel,bias}",
                "compatible   yes");
    }

    @Test
    void inspectOfANonCheckpointFails(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("model.ckpt-1.index"), "not a table");

        CliRun run = CliRun.of(empty, "models", "inspect", "model.ckpt-1.index");

        assertThat(run.exitCode()).isEqualTo(ExitCode.MODEL);
        assertThat(run.err()).contains("is not a TensorFlow V2 tensor-bundle index");
    }

    @Test
    void benchRejectsABatchSizeAboveThirtyTwo() {
        CliRun run = CliRun.of(dir, "bench", "--batch-sizes", "1,64");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("batch sizes must be in [1, 32]");
    }

    @Test
    void benchRejectsAnUnknownEngine() {
        CliRun run = CliRun.of(dir, "bench", "--engine", "yolo");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--engine: expected show-and-tell or detector, was yolo");
    }

    @Test
    void detectorBenchWithoutTheModelSaysHowToInstallIt() {
        CliRun run = CliRun.of(dir, Map.of("AUTOCAPTION_HOME", dir.toString()), "bench", "--engine", "detector");

        assertThat(run.exitCode()).isEqualTo(ExitCode.MODEL);
        assertThat(run.err()).contains("detector benchmark failed: ", "autocaption models fetch detector");
    }
}
