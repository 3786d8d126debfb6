package dev.autocaption.bot.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalsFileTest {
    private static final ToIntFunction<String> THREE_WORDS = account -> 3;

    @TempDir
    Path dir;

    private static ApprovalsFile.Parsed parse(String text) {
        return ApprovalsFile.parse(text, "approvals.yaml", THREE_WORDS);
    }

    @Test
    void readsEveryKindOfDecision() {
        ApprovalsFile.Parsed parsed = parse("""
                decisions:
                  flickr-main/53684749845: approve            # post the top candidate
                  flickr-main/53684749846: 2                  # post candidate 2
                  flickr-main/53684749847: "Two dogs running on a beach."
                  flickr-main/53684749848: { edit: "Sunset." }
                  flickr-main/53684749849: 'Yes'
                  fb-shop/10160000000000002: reject
                  fb-shop/10160000000000003: no
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.approvals()).containsExactly(
                Approval.approve("flickr-main", "53684749845", 1),
                Approval.approve("flickr-main", "53684749846", 2),
                Approval.edit("flickr-main", "53684749847", "Two dogs running on a beach."),
                Approval.edit("flickr-main", "53684749848", "Sunset."),
                Approval.approve("flickr-main", "53684749849", 1),
                Approval.reject("fb-shop", "10160000000000002"),
                Approval.reject("fb-shop", "10160000000000003"));
    }

    @Test
    void theExplicitEditFormMayBeWrittenAsABlock() {
        ApprovalsFile.Parsed parsed = parse("""
                decisions:
                  flickr-main/1:
                    edit: A dog.
                """);

        assertThat(parsed.approvals()).containsExactly(Approval.edit("flickr-main", "1", "A dog."));
    }

    @Test
    void aMisspeltKeywordIsAProblemWithADidYouMean() {
        ApprovalsFile.Parsed parsed = parse("""
                decisions:
                  flickr-main/1: aprove
                  flickr-main/2: rejcet
                """);

        assertThat(parsed.approvals()).isEmpty();
        assertThat(parsed.problems()).containsExactly(
                "approvals.yaml: decisions.flickr-main/1: unknown word 'aprove': did you mean approve? (not applied)",
                "approvals.yaml: decisions.flickr-main/2: unknown word 'rejcet': did you mean reject? (not applied)");
    }

    @Test
    void aBareUnknownWordIsAProblemNotCaptionText() {
        ApprovalsFile.Parsed parsed = parse("decisions:\n  demo-page/10160000000000021: maybe\n");

        assertThat(parsed.approvals()).isEmpty();
        assertThat(parsed.problems()).containsExactly("approvals.yaml: decisions.demo-page/10160000000000021: "
                + "unknown word 'maybe': expected approve, reject, a candidate number, { edit: \"text\" } or a "
                + "caption of at least 3 words in quotes (not applied)");
    }

    @Test
    void unquotedTextIsAProblem() {
        ApprovalsFile.Parsed parsed = parse("decisions:\n  flickr-main/1: Two dogs on a beach\n");

        assertThat(parsed.approvals()).isEmpty();
        assertThat(parsed.problems()).containsExactly("approvals.yaml: decisions.flickr-main/1: caption text must "
                + "be in quotes or written as { edit: \"...\" }, was: Two dogs on a beach (not applied)");
    }

    @Test
    void quotedTextShorterThanMinWordsIsAProblemThatNamesTheExplicitForm() {
        ApprovalsFile.Parsed parsed = parse("decisions:\n  flickr-main/1: \"Sunset.\"\n");

        assertThat(parsed.approvals()).isEmpty();
        assertThat(parsed.problems()).containsExactly("approvals.yaml: decisions.flickr-main/1: a caption in quotes "
                + "needs at least 3 words (filter.min-words), was \"Sunset.\" (1 word); write { edit: \"Sunset.\" } "
                + "to post it anyway (not applied)");
    }

    @Test
    void quotedTextNeedsTheMinWordsOfItsOwnAccount() {
        ApprovalsFile.Parsed parsed = ApprovalsFile.parse("""
                decisions:
                  flickr-main/1: "A dog on grass."
                  fb-shop/2: "A dog on grass."
                """, "approvals.yaml", account -> account.equals("fb-shop") ? 5 : 3);

        assertThat(parsed.approvals()).containsExactly(Approval.edit("flickr-main", "1", "A dog on grass."));
        assertThat(parsed.problems()).singleElement().asString()
                .startsWith("approvals.yaml: decisions.fb-shop/2: a caption in quotes needs at least 5 words");
    }

    @Test
    void anExplicitEditOfAMisspeltDecisionIsRefused() {
        ApprovalsFile.Parsed parsed = parse("decisions:\n  flickr-main/1: { edit: aprove }\n"
                + "  flickr-main/2: { edti: \"A dog on grass.\" }\n");

        assertThat(parsed.approvals()).isEmpty();
        assertThat(parsed.problems()).containsExactly(
                "approvals.yaml: decisions.flickr-main/1: edit: 'aprove' is not a caption but a misspelt decision: "
                        + "did you mean approve? (not applied)",
                "approvals.yaml: decisions.flickr-main/2: expected { edit: \"text\" }, was a map with the key edti: "
                        + "did you mean edit? (not applied)");
    }

    @Test
    void aKeyWrittenTwiceAppliesNeither() {
        ApprovalsFile.Parsed parsed = parse("""
                decisions:
                  flickr-main/1: approve
                  flickr-main/1: reject
                  flickr-main/2: approve
                """);

        assertThat(parsed.approvals()).containsExactly(Approval.approve("flickr-main", "2", 1));
        assertThat(parsed.problems()).containsExactly("approvals.yaml: decisions.flickr-main/1: written 2 times, "
                + "so none of them is applied; keep one");
    }

    @Test
    void malformedEntriesAreReportedAndTheRestStillCount() {
        ApprovalsFile.Parsed parsed = parse("""
                decisions:
                  flickr-main: approve
                  flickr-main/1: 0
                  flickr-main/2: [a, b]
                  flickr-main/3: ""
                  flickr-main/5:
                  flickr-main/4: approve
                """);

        String expected = "expected approve, reject, a candidate number, { edit: \"text\" } or a caption of at "
                + "least 3 words in quotes, was ";
        assertThat(parsed.approvals()).containsExactly(Approval.approve("flickr-main", "4", 1));
        assertThat(parsed.problems()).containsExactly(
                "approvals.yaml: decisions.flickr-main: expected a key <account id>/<photo id>",
                "approvals.yaml: decisions.flickr-main/1: candidate numbers start at 1, was 0 (not applied)",
                "approvals.yaml: decisions.flickr-main/2: " + expected + "a list (not applied)",
                "approvals.yaml: decisions.flickr-main/3: " + expected + "an empty text (not applied)",
                "approvals.yaml: decisions.flickr-main/5: " + expected + "nothing (not applied)");
    }

    @Test
    void anUnknownTopLevelKeyIsReported() {
        ApprovalsFile.Parsed parsed = parse("decisions:\n  flickr-main/1: approve\nnotes: later\n");

        assertThat(parsed.approvals()).hasSize(1);
        assertThat(parsed.problems()).containsExactly("approvals.yaml: notes: unknown key, the file holds only "
                + "decisions:");
    }

    @Test
    void invalidYamlIsOneProblemWithItsLine() {
        ApprovalsFile.Parsed parsed = parse("decisions:\n  a/1: approve\n b: [\n");

        assertThat(parsed.approvals()).isEmpty();
        assertThat(parsed.problems()).singleElement().asString()
                .startsWith("approvals.yaml: not valid YAML: ").contains("line 3");
    }

    @Test
    void aMissingFileMeansNoDecisions() {
        ApprovalsFile.Parsed parsed = ApprovalsFile.read(dir.resolve("approvals.yaml"), THREE_WORDS);

        assertThat(parsed.approvals()).isEmpty();
        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void anEmptyDecisionsMapIsFine() throws Exception {
        Path file = Files.writeString(dir.resolve("approvals.yaml"), "decisions:\n");

        assertThat(ApprovalsFile.read(file, THREE_WORDS).problems()).isEmpty();
    }
}
