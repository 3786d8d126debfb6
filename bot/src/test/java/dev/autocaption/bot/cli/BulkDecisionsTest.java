package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkDecisionsTest {
    private static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");

    @TempDir
    Path dir;
    DaemonCli cli;
    String high;
    String middle;
    String low;

    @BeforeEach
    void queueThreePhotos() {
        cli = new DaemonCli(dir, "review");
        cli.captioner.say(401, "A dog running on a beach.", 0.9).say(402, "A cat on a sofa.", 0.6)
                .say(403, "A blurry thing here.", 0.55);
        high = photo(401);
        middle = photo(402);
        low = photo(403);
        cli.run("run", "--once");
    }

    private String photo(int width) {
        return cli.sims.flickr.addPhoto(FlickrPhotoSeed.of("p" + width, UPLOADED.plusSeconds(width))
                .withSize(width, 300));
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void approveAboveApprovesTheBestCandidateOfQueuedPhotosAtOrAboveTheScore() {
        CliRun approve = cli.run("approve", "--above", "0.65");
        cli.run("run", "--once");

        assertThat(approve.exitCode()).as(approve.err()).isZero();
        assertThat(approve.out()).isEqualTo("flickr-main/" + high + ": approved candidate 1 \"A dog running on a "
                + "beach.\"\napproved 1 queued photo whose best score is at least 0.65\n");
        assertThat(cli.sims.flickr.photo(high).description()).isEqualTo("A dog running on a beach. (auto-generated)");
        assertThat(cli.sims.flickr.photo(middle).description()).isEmpty();
    }

    @Test
    void aDryRunListsWhatWouldBeDecidedAndDecidesNothing() {
        CliRun dry = cli.run("approve", "--above", "0.58", "--account", "flickr-main", "--dry-run");

        assertThat(dry.out()).contains("flickr-main/" + high + ": would approve candidate 1 (0.90) \"A dog running "
                + "on a beach.\"", "flickr-main/" + middle + ": would approve candidate 1 (0.60) \"A cat on a sofa.\"",
                "would approve 2 queued photos of flickr-main whose best score is at least 0.58 (dry run: nothing "
                        + "decided)");
        assertThat(cli.run("queue").out()).contains(high, middle, low);
    }

    @Test
    void rejectBelowRejectsOnlyQueuedPhotosBelowTheScore() {
        CliRun reject = cli.run("reject", "--below", "0.58");

        assertThat(reject.out()).isEqualTo("flickr-main/" + low + ": rejected\n"
                + "rejected 1 queued photo whose best score is below 0.58\n");
        assertThat(cli.run("queue").out()).contains(high, middle).doesNotContain(low);
    }

    @Test
    void aScoreOutsideZeroToOneIsAUsageError() {
        CliRun approve = cli.run("approve", "--above", "65");

        assertThat(approve.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(approve.err()).isEqualTo("--above: must be a score in [0, 1], was 65.0\n");
    }
}
