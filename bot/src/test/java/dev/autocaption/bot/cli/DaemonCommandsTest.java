package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.Bot;
import dev.autocaption.bot.Engines;
import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.approval.ApprovalsFile;
import dev.autocaption.bot.pipeline.PipelineListener;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.config.Engine;
import dev.autocaption.inference.Detection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonCommandsTest {
    private static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");
    private static final Detection CAT = new Detection("cat", 0.58, 4.5, 3.25, 441, 293);
    private static final Detection DOG = new Detection("dog", 0.31, 120, 80, 60.5, 40);

    @TempDir
    Path dir;
    DaemonCli cli;

    @AfterEach
    void stop() {
        cli.close();
    }

    private String photo(int width) {
        return cli.sims.flickr.addPhoto(FlickrPhotoSeed.of("p" + width, UPLOADED.plusSeconds(width))
                .withSize(width, 300));
    }

    @Test
    void runOnceCaptionsAndPostsThenStatusAndAccountsShowTheAccount() {
        cli = new DaemonCli(dir, "hybrid");
        cli.captioner.say(401, "A dog running on a beach.", 0.9);
        String dog = photo(401);

        CliRun run = cli.run("run", "--once");
        CliRun status = cli.run("status");
        CliRun accounts = cli.run("accounts");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("posted      flickr-main/" + dog + ": \"A dog running on a beach. "
                + "(auto-generated)\"", "flickr-main: run 1 succeeded, 1 discovered, 1 captioned, 1 posted");
        assertThat(cli.sims.flickr.photo(dog).description()).isEqualTo("A dog running on a beach. (auto-generated)");
        assertThat(status.out()).startsWith("daemon: not running").containsPattern("flickr-main +ok +0 +0");
        assertThat(accounts.out()).containsPattern("flickr-main +flickr +ok");
    }

    @Test
    void queueYamlPastesIntoTheApprovalsFileAndCliApprovalPosts() {
        cli = new DaemonCli(dir, "review");
        cli.captioner.say(401, "A dog running on a beach.", 0.9).say(402, "A cat on a sofa.", 0.9);
        String dog = photo(401);
        String cat = photo(402);
        cli.run("run", "--once");

        CliRun yaml = cli.run("queue", "--format", "yaml");
        String pasted = yaml.out().replace("  # flickr-main/" + dog + ": approve", "  flickr-main/" + dog
                + ": approve");
        CliRun approve = cli.run("approve", "flickr-main/" + cat, "2");
        DaemonCli.write(dir.resolve("approvals.yaml"), pasted);
        CliRun second = cli.run("run", "--once");

        assertThat(yaml.out()).startsWith("decisions:\n").contains("  #   1: 0.90  A dog running on a beach.\n");
        assertThat(ApprovalsFile.parse(yaml.out(), "queue", id -> 3).approvals()).isEmpty();
        assertThat(ApprovalsFile.parse(pasted, "queue", id -> 3).approvals()).hasSize(1);
        assertThat(approve.out()).startsWith("flickr-main/" + cat + ": approved candidate 2");
        assertThat(second.out()).contains("posted      flickr-main/" + dog, "posted      flickr-main/" + cat);
        assertThat(cli.sims.flickr.photo(cat).description()).isEqualTo("A picture of something. (auto-generated)");
        assertThat(cli.run("queue").out()).contains("the queue is empty");
        assertThat(cli.run("history", "--format", "csv").out()).contains(",cli,", ",config,");
    }

    @Test
    void rollbackByRunRestoresAndSecondRollbackDoesNothing() {
        cli = new DaemonCli(dir, "hybrid");
        cli.captioner.say(401, "A dog running on a beach.", 0.9);
        String dog = photo(401);
        cli.run("run", "--once");

        CliRun dry = cli.run("rollback", "--run", "1", "--dry-run");
        CliRun rollback = cli.run("rollback", "--run", "1");
        CliRun again = cli.run("rollback", "--run", "1");

        assertThat(dry.out()).isEqualTo("flickr-main/" + dog + ": would restore \"\" (was \"A dog running on a "
                + "beach. (auto-generated)\")\n");
        assertThat(rollback.out()).startsWith("flickr-main/" + dog + ": restored \"\"");
        assertThat(again.out()).isEqualTo("nothing to roll back\n");
        assertThat(cli.sims.flickr.photo(dog).description()).isEmpty();
        assertThat(cli.sims.flickr.photo(dog).tags()).noneMatch(tag -> tag.startsWith("autocaption"));
    }

    @Test
    void secondDaemonOnTheSameStoreIsRefused() throws Exception {
        cli = new DaemonCli(dir, "hybrid");
        var config = Toolkit.configLoader(Map.of(), dir).load(cli.config).config();
        try (Bot running = Bot.open(config, cli.sims.clock, Engines.standard().register(Engine.SHOW_AND_TELL,
                model -> cli.captioner.open()), cli.sims.connectors, PipelineListener.NONE, false)) {
            CliRun second = cli.run("run", "--once");
            CliRun status = cli.run("status");

            assertThat(second.exitCode()).isEqualTo(ExitCode.ALREADY_RUNNING);
            assertThat(second.err()).startsWith("another autocaption daemon is already running on this store (pid "
                    + ProcessHandle.current().pid());
            assertThat(status.out()).startsWith("daemon: running (pid " + ProcessHandle.current().pid());
        }
        assertThat(cli.run("run", "--once").exitCode()).isZero();
    }

    @Test
    void dryRunPrintsWhatItWouldWriteAndWritesNothing() {
        cli = new DaemonCli(dir, "hybrid");
        cli.captioner.say(401, "A dog running on a beach.", 0.9);
        String dog = photo(401);

        CliRun dry = cli.run("run", "--once", "--dry-run");

        assertThat(dry.out()).contains("would_post  flickr-main/" + dog + ": would write \"A dog running on a "
                + "beach. (auto-generated)\"");
        assertThat(cli.sims.flickr.photo(dog).description()).isEmpty();
    }

    @Test
    void recaptionQueuesNewCandidatesAndRejectDropsThem() {
        cli = new DaemonCli(dir, "hybrid");
        cli.captioner.say(401, "A blurry thing.", 0.1);
        String thing = photo(401);
        cli.run("run", "--once");
        cli.captioner.say(401, "A dog running on a beach.", 0.5);

        CliRun recaption = cli.run("recaption", "flickr-main/" + thing);
        CliRun queue = cli.run("queue");
        CliRun queueYaml = cli.run("queue", "--format", "yaml");
        CliRun queueJson = cli.run("queue", "--format", "json");
        CliRun reject = cli.run("reject", "flickr-main/" + thing);
        CliRun rejectAgain = cli.run("reject", "flickr-main/" + thing);

        assertThat(recaption.out()).startsWith("flickr-main/" + thing + ": queued with 2 new candidate(s):\n"
                + "  1: 0.50  A dog running on a beach.");
        assertThat(queue.out()).contains("A dog running on a beach.");
        assertThat(reject.out()).isEqualTo("flickr-main/" + thing + ": rejected\n");
        assertThat(rejectAgain.exitCode()).isZero();
        assertThat(cli.run("edit", "flickr-main/nope", "x").err()).isEqualTo(
                "flickr-main/nope: no such photo has been seen on flickr-main (yet)\n");
    }

    @Test
    void detectorRunStoresWhatItSawAndHistoryAndQueueShowIt() {
        cli = new DaemonCli(dir, "review", Engine.DETECTOR);
        cli.captioner.asDetector().see(401, "May be an image of a cat.", 0.58, CAT, DOG);
        String cat = photo(401);
        cli.run("run", "--once");

        CliRun table = cli.run("history");
        CliRun json = cli.run("history", "--format", "json");
        CliRun csv = cli.run("history", "--format", "csv");
        CliRun queue = cli.run("queue");
        CliRun queueYaml = cli.run("queue", "--format", "yaml");
        CliRun queueJson = cli.run("queue", "--format", "json");

        assertThat(table.out()).contains("SEEN").containsPattern("flickr-main/" + cat
                + " +flickr +queued +May be an image of a cat\\. +0\\.580 +cat 0\\.58, dog 0\\.31 ");
        assertThat(json.out()).contains("\"engine\" : \"detector\"", "\"model\" : \"" + FakeCaptioner.MODEL_ID + "\"",
                "\"detections\" : [ {\n    \"label\" : \"cat\",\n    \"score\" : 0.58,\n    \"x\" : 4.5,\n"
                        + "    \"y\" : 3.25,\n    \"width\" : 441.0,\n    \"height\" : 293.0\n  }, {\n"
                        + "    \"label\" : \"dog\"");
        assertThat(csv.out()).contains(",detector,cat 0.580 [x=4.5 y=3.3 w=441.0 h=293.0]; "
                + "dog 0.310 [x=120.0 y=80.0 w=60.5 h=40.0],");
        assertThat(queue.out()).contains("SEEN", "cat 0.58, dog 0.31");
        assertThat(queueYaml.out()).contains("  #   1: 0.58  May be an image of a cat.\n"
                + "  #   seen: cat 0.58, dog 0.31\n");
        assertThat(queueJson.out()).contains("\"engine\" : \"detector\"", "\"label\" : \"dog\"");
    }

    @Test
    void detectorThatRecognisesNothingDropsThePhotoAndKeepsWhatItSaw() {
        cli = new DaemonCli(dir, "hybrid", Engine.DETECTOR);
        cli.captioner.asDetector().see(402, null, 0, DOG);
        String nothing = photo(402);

        CliRun run = cli.run("run", "--once");
        CliRun json = cli.run("history", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("dropped +flickr-main/" + nothing + ": nothing recognised")
                .contains("1 captioned, 0 posted, 0 queued, 1 dropped");
        assertThat(json.out()).contains("\"state\" : \"dropped\"", "\"reason\" : \"nothing recognised\"",
                "\"caption\" : null", "\"engine\" : \"detector\"", "\"label\" : \"dog\"");
        assertThat(cli.sims.flickr.photo(nothing).description()).isEmpty();
        assertThat(cli.run("history", "--status", "dropped").out()).contains("dog 0.31", "nothing recognised");
    }
}
