package dev.autocaption.bot.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalsFileTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFourKindsOfDecision() {
        ApprovalsFile.Parsed parsed = ApprovalsFile.parse("""
                decisions:
                  flickr-main/53684749845: approve            # post the top candidate
                  flickr-main/53684749846: 2                  # post candidate 2
                  flickr-main/53684749847: "Two dogs running on a beach."
                  fb-shop/10160000000000002: reject
                """, "approvals.yaml");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.approvals()).containsExactly(
                Approval.approve("flickr-main", "53684749845", 1),
                Approval.approve("flickr-main", "53684749846", 2),
                Approval.edit("flickr-main", "53684749847", "Two dogs running on a beach."),
                Approval.reject("fb-shop", "10160000000000002"));
    }

    @Test
    void malformedEntriesAreReportedAndTheRestStillCount() {
        ApprovalsFile.Parsed parsed = ApprovalsFile.parse("""
                decisions:
                  flickr-main: approve
                  flickr-main/1: 0
                  flickr-main/2: [a, b]
                  flickr-main/3: ""
                  flickr-main/4: approve
                """, "approvals.yaml");

        assertThat(parsed.approvals()).containsExactly(Approval.approve("flickr-main", "4", 1));
        assertThat(parsed.problems()).containsExactly(
                "approvals.yaml: decisions.flickr-main: expected a key <account id>/<photo id>",
                "approvals.yaml: decisions.flickr-main/1: candidate numbers start at 1, was 0",
                "approvals.yaml: decisions.flickr-main/2: expected approve, reject, a candidate number or the "
                        + "caption text in quotes, was a list",
                "approvals.yaml: decisions.flickr-main/3: expected approve, reject, a candidate number or the "
                        + "caption text in quotes, was an empty text");
    }

    @Test
    void invalidYamlIsOneProblemWithItsLine() {
        ApprovalsFile.Parsed parsed = ApprovalsFile.parse("decisions:\n  a/1: approve\n b: [\n", "approvals.yaml");

        assertThat(parsed.approvals()).isEmpty();
        assertThat(parsed.problems()).singleElement().asString()
                .startsWith("approvals.yaml: not valid YAML: ").contains("line 3");
    }

    @Test
    void aMissingFileMeansNoDecisions() {
        ApprovalsFile.Parsed parsed = ApprovalsFile.read(dir.resolve("approvals.yaml"));

        assertThat(parsed.approvals()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void anEmptyDecisionsMapIsFine() throws Exception {
        Path file = Files.writeString(dir.resolve("approvals.yaml"), "decisions:\n");

        assertThat(ApprovalsFile.read(file).problems()).isEmpty();
    }
}
