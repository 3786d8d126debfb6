package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsCommandTest {
    private static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");

    @TempDir
    Path dir;
    DaemonCli cli;
    String dog;

    @BeforeEach
    void postOnePhoto() {
        cli = new DaemonCli(dir, "hybrid");
        cli.captioner.say(401, "A dog running on a beach.", 0.9);
        dog = cli.sims.flickr.addPhoto(FlickrPhotoSeed.of("dog", UPLOADED).withSize(401, 300));
        cli.run("run", "--once");
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void runsListsEachRunWithWhatItDidAndWhetherItWasDry() throws Exception {
        cli.run("run", "--once", "--dry-run");

        CliRun table = cli.run("runs");
        JsonNode json = new ObjectMapper().readTree(cli.run("runs", "--format", "json").out());

        assertThat(table.out()).containsPattern("RUN +STARTED +ENDED +ACCOUNT +STATUS +DRY RUN +WHAT IT DID")
                .containsPattern("\n2 +\\S+ +\\S+ +flickr-main +succeeded +yes +0 discovered")
                .containsPattern("\n1 +\\S+ +\\S+ +flickr-main +succeeded +no +1 discovered, 1 captioned, 1 posted");
        assertThat(json.get(0).get("id").asLong()).isEqualTo(2);
        assertThat(json.get(0).get("dry_run").asBoolean()).isTrue();
        assertThat(json.get(1).get("counts").get("posted").asInt()).isEqualTo(1);
        assertThat(json.get(1).get("started").asText()).endsWith("Z");
    }

    @Test
    void recaptionOfAPostedPhotoSaysSoBeforeAnyModelLoads() {
        int loadsBefore = cli.loads.get();

        CliRun recaption = cli.run("recaption", "flickr-main/" + dog);

        assertThat(recaption.exitCode()).isEqualTo(ExitCode.PARTIAL_FAILURE);
        assertThat(recaption.err()).isEqualTo("photo flickr-main/" + dog + " is posted; roll it back first "
                + "(autocaption rollback --photo flickr-main/" + dog + ")\n");
        assertThat(cli.loads.get()).isEqualTo(loadsBefore);
    }

    @Test
    void rollbackOfAnUnknownRunExitsNonZero() {
        CliRun rollback = cli.run("rollback", "--run", "999");

        assertThat(rollback.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(rollback.err()).isEqualTo("--run: no run 999 in the store ('autocaption runs' lists them)\n");
    }

    @Test
    void historyShowsTheRunTheAccountTypeAndThePhotosPage() {
        CliRun csv = cli.run("history", "--format", "csv");
        CliRun table = cli.run("history");

        assertThat(csv.out()).contains(",flickr,1,https://www.flickr.com/photo.gne?id=" + dog + "\r\n");
        assertThat(table.out()).containsPattern("flickr-main/" + dog + " +flickr +posted +A dog running")
                .contains("https://www.flickr.com/photo.gne?id=" + dog);
    }

    @Test
    void historyDoesNotShowARolledBackPostAsTheCaption() throws Exception {
        cli.run("rollback", "--run", "1");

        JsonNode json = new ObjectMapper().readTree(cli.run("history", "--format", "json").out());
        CliRun table = cli.run("history");

        assertThat(json.get(0).get("state").asText()).isEqualTo("rolled_back");
        assertThat(json.get(0).get("posted_text").isNull()).isTrue();
        assertThat(table.out()).doesNotContain("A dog running on a beach.");
    }
}
