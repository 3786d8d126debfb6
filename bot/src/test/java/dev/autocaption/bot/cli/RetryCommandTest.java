package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryCommandTest {
    private static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");

    @TempDir
    Path dir;
    DaemonCli cli;
    String photo;

    @BeforeEach
    void photoWhoseImageIsGone() {
        cli = new DaemonCli(dir, "hybrid");
        photo = cli.sims.flickr.addPhoto(FlickrPhotoSeed.of("p", UPLOADED).withSize(401, 300));
        cli.sims.flickr.faults().once(FlickrSimulator.IMAGE, new Fault.HttpStatus(410, null));
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void retryFailedPutsThePhotoBackAndTheNextRunPostsIt() {
        CliRun failing = cli.run("run", "--once");

        CliRun retry = cli.run("retry", "--failed");
        CliRun again = cli.run("run", "--once");

        assertThat(failing.exitCode()).isEqualTo(ExitCode.PARTIAL_FAILURE);
        assertThat(failing.out()).contains("failed      flickr-main/" + photo + ": download: ", "HTTP 410");
        assertThat(retry.exitCode()).as(retry.err()).isZero();
        assertThat(retry.out()).contains("flickr-main/" + photo + ": back in line; the next cycle downloads and "
                + "captions it again (was: download: ").endsWith("1 photo(s) back in line\n");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(cli.sims.flickr.photo(photo).description()).endsWith("(auto-generated)");
    }

    @Test
    void retryOfOnePhotoThatDidNotFailSaysWhyAndExitsOne() {
        cli.sims.flickr.faults().clear();
        cli.run("run", "--once");

        CliRun retry = cli.run("retry", "flickr-main/" + photo);

        assertThat(retry.exitCode()).isEqualTo(ExitCode.PARTIAL_FAILURE);
        assertThat(retry.out()).isEqualTo("flickr-main/" + photo + " is posted; only failed photos and photos "
                + "skipped as a bad image can be retried\n");
    }

    @Test
    void retryFailedOfAnUnknownAccountIsAUsageError() {
        CliRun retry = cli.run("retry", "--failed", "--account", "flickr-mian");

        assertThat(retry.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(retry.err()).contains("--account flickr-mian: no such account in the config; configured: "
                + "[flickr-main]");
    }

    @Test
    void retryNeedsAPhotoOrFailed() {
        CliRun retry = cli.run("retry");

        assertThat(retry.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(retry.err()).contains("ACCOUNT/PHOTO");
    }
}
