package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.store.Database;
import dev.autocaption.store.Event;
import dev.autocaption.store.EventKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalsCommandsTest {
    private static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");

    @TempDir
    Path dir;
    DaemonCli cli;
    String dog;

    @BeforeEach
    void queueOnePhoto() {
        cli = new DaemonCli(dir, "review");
        cli.captioner.say(401, "A dog running on a beach.", 0.9);
        dog = cli.sims.flickr.addPhoto(FlickrPhotoSeed.of("dog", UPLOADED).withSize(401, 300));
        cli.run("run", "--once");
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void aMisspeltKeywordIsReportedNotPosted() throws Exception {
        DaemonCli.write(dir.resolve("approvals.yaml"), "decisions:\n  flickr-main/" + dog + ": aprove\n");
        Path log = dir.resolve("autocaption.log");
        String problem = dir.resolve("approvals.yaml") + ": decisions.flickr-main/" + dog
                + ": unknown word 'aprove': did you mean approve? (not applied)";

        CliRun run = cli.run("--log-file", log.toString(), "run", "--once");
        CliRun queue = cli.run("queue");

        assertThat(run.out()).contains("approvals   flickr-main: problem: " + problem);
        assertThat(cli.sims.flickr.photo(dog).description()).isEmpty();
        assertThat(queue.out()).contains("flickr-main/" + dog, "A dog running on a beach.");
        assertThat(queue.err()).isEqualTo("the approvals file has 1 entry that will not be applied until "
                + "corrected:\n  " + problem + "\n");
        assertThat(Files.readString(log)).contains("WARN", problem);
        assertThat(events()).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(EventKind.ERROR);
            assertThat(event.runId()).isEqualTo(2L);
            assertThat(event.message()).isEqualTo("approvals file: problem: " + problem);
        });
    }

    @Test
    void aCorrectedEntryIsAppliedAtTheNextCycle() {
        DaemonCli.write(dir.resolve("approvals.yaml"), "decisions:\n  flickr-main/" + dog + ": aprove\n");
        cli.run("run", "--once");
        DaemonCli.write(dir.resolve("approvals.yaml"), "decisions:\n  flickr-main/" + dog + ": approve\n");

        CliRun run = cli.run("run", "--once");

        assertThat(run.out()).contains("posted      flickr-main/" + dog);
        assertThat(cli.sims.flickr.photo(dog).description()).isEqualTo("A dog running on a beach. (auto-generated)");
    }

    @Test
    void editRefusesAMisspeltDecisionAsCaptionText() {
        CliRun edit = cli.run("edit", "flickr-main/" + dog, "aprove");

        assertThat(edit.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(edit.err()).isEqualTo("TEXT: 'aprove' is not a caption but a misspelt decision: did you mean "
                + "approve? (to decide, run autocaption approve flickr-main/" + dog + " or autocaption reject "
                + "flickr-main/" + dog + ")\n");
        assertThat(cli.run("queue").out()).contains("flickr-main/" + dog);
    }

    @Test
    void editRefusesADecisionWordAsCaptionText() {
        CliRun edit = cli.run("edit", "flickr-main/" + dog, "Reject");

        assertThat(edit.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(edit.err()).startsWith("TEXT: 'Reject' is a decision, not a caption");
    }

    @Test
    void editPostsAShortTextAsWritten() {
        CliRun edit = cli.run("edit", "flickr-main/" + dog, "Sunset.");
        cli.run("run", "--once");

        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(cli.sims.flickr.photo(dog).description()).isEqualTo("Sunset.");
    }

    @Test
    void aPhotoApprovedButNotWrittenCanBeRejected() {
        cli.run("approve", "flickr-main/" + dog);

        CliRun reject = cli.run("reject", "flickr-main/" + dog);
        CliRun run = cli.run("run", "--once");

        assertThat(reject.exitCode()).as(reject.err()).isZero();
        assertThat(reject.out()).isEqualTo("flickr-main/" + dog + ": approval withdrawn, rejected\n");
        assertThat(run.out()).doesNotContain("posted ");
        assertThat(cli.sims.flickr.photo(dog).description()).isEmpty();
        assertThat(cli.run("history", "--format", "csv").out()).contains("flickr-main/" + dog + ",dropped,");
    }

    @Test
    void aPhotoApprovedButNotWrittenCanBeEditedAnew() {
        cli.run("approve", "flickr-main/" + dog);

        CliRun edit = cli.run("edit", "flickr-main/" + dog, "My dog Rex on the beach.");
        cli.run("run", "--once");

        assertThat(edit.out()).startsWith("flickr-main/" + dog + ": approval withdrawn, approved with the text");
        assertThat(cli.sims.flickr.photo(dog).description()).isEqualTo("My dog Rex on the beach.");
        assertThat(cli.sims.flickr.requests("flickr.photos.setMeta")).hasSize(1);
    }

    @Test
    void theApprovalsFileCanTakeBackAnApprovalNotWrittenYet() {
        cli.run("approve", "flickr-main/" + dog);
        DaemonCli.write(dir.resolve("approvals.yaml"), "decisions:\n  flickr-main/" + dog + ": reject\n");

        CliRun run = cli.run("run", "--once");

        assertThat(run.out()).contains("approvals   flickr-main: flickr-main/" + dog + ": approval withdrawn, "
                + "rejected");
        assertThat(cli.sims.flickr.photo(dog).description()).isEmpty();
    }

    @Test
    void approvingThePendingCandidateAgainChangesNothing() {
        cli.run("approve", "flickr-main/" + dog);

        CliRun again = cli.run("approve", "flickr-main/" + dog);

        assertThat(again.exitCode()).isEqualTo(ExitCode.PARTIAL_FAILURE);
        assertThat(again.err()).isEqualTo("flickr-main/" + dog + ": already approved with this decision; nothing "
                + "changed\n");
    }

    private List<Event> events() throws Exception {
        var config = Toolkit.configLoader(Map.of(), dir).load(cli.config).config();
        try (Database database = Database.open(config.store(), cli.sims.clock)) {
            return database.inTransaction(tx -> tx.events().recent("flickr-main", 100));
        }
    }
}
