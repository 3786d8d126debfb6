package dev.autocaption.bot.cli;

import static dev.autocaption.bot.FakeCaptioner.caption;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BestCaptionTest {
    private static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");

    @TempDir
    Path dir;
    DaemonCli cli;

    @AfterEach
    void stop() {
        cli.close();
    }

    private String photoWhoseBeamPutsTheBestScoreSecond() {
        cli.captioner.sayInEngineOrder(401, caption("A dog on grass.", 0.64),
                caption("A dog running on the grass.", 0.72), caption("A brown dog.", 0.55));
        return cli.sims.flickr.addPhoto(FlickrPhotoSeed.of("dog", UPLOADED).withSize(401, 300));
    }

    @Test
    void theFilterJudgesTheBestScoredCandidate() {
        cli = new DaemonCli(dir, "hybrid");
        String dog = photoWhoseBeamPutsTheBestScoreSecond();

        CliRun run = cli.run("run", "--once");

        assertThat(run.out()).contains("posted      flickr-main/" + dog);
        assertThat(cli.sims.flickr.photo(dog).description()).isEqualTo("A dog running on the grass. (auto-generated)");
    }

    @Test
    void queueNumbersCandidatesFromOneBestScoredFirst() {
        cli = new DaemonCli(dir, "review");
        String dog = photoWhoseBeamPutsTheBestScoreSecond();
        cli.run("run", "--once");

        CliRun queue = cli.run("queue");
        CliRun yaml = cli.run("queue", "--format", "yaml");

        assertThat(queue.out()).containsPattern("flickr-main/" + dog + " +1 +0\\.72 +A dog running on the grass\\.")
                .containsPattern("\n +2 +0\\.64 +A dog on grass\\.").containsPattern("\n +3 +0\\.55 +A brown dog\\.");
        assertThat(yaml.out()).contains("  #   1: 0.72  A dog running on the grass.\n"
                + "  #   2: 0.64  A dog on grass.\n  #   3: 0.55  A brown dog.\n");
    }

    @Test
    void approveRankPostsTheCandidateQueueShowsUnderThatNumber() {
        cli = new DaemonCli(dir, "review");
        String dog = photoWhoseBeamPutsTheBestScoreSecond();
        cli.run("run", "--once");

        CliRun approve = cli.run("approve", "flickr-main/" + dog, "2");
        cli.run("run", "--once");

        assertThat(approve.out()).startsWith("flickr-main/" + dog + ": approved candidate 2 \"A dog on grass.\"");
        assertThat(cli.sims.flickr.photo(dog).description()).isEqualTo("A dog on grass. (auto-generated)");
        assertThat(cli.run("history", "--format", "csv").out()).contains("A dog on grass.");
    }
}
