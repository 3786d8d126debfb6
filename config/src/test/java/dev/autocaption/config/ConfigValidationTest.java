package dev.autocaption.config;

import dev.autocaption.testing.TestPlatforms;
import static dev.autocaption.config.TestConfigs.FLICKR_ACCOUNT;
import static dev.autocaption.config.TestConfigs.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigValidationTest {

    @Test
    void fileWithThreeMistakesReportsAllThreeWithKeyPaths() {
        assertThat(problems("""
                model: { beam-size: 0 }
                web: { port: "8080" }
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: { api-key: k, api-secret: s }
                  - id: flickr-other
                    type: flickr
                    credentials: { api-key: k, api-secret: s }
                    schedule: { interval: 10s }
                """)).containsExactly(
                "model.beam-size: must be in [1, 64], was 0",
                "web.port: must be an integer, was 8080",
                "accounts[1].schedule.interval: must be at least 1m, was 10s");
    }

    @Test
    void unknownKeySuggestsTheClosestKey() {
        assertThat(problems("""
                modle: { beam-size: 3 }
                filter: { drop_below: 0.2, postAbove: 0.7 }
                """)).containsExactly(
                "modle: unknown key (did you mean model?)",
                "filter.drop_below: unknown key (did you mean drop-below?)",
                "filter.postAbove: unknown key (did you mean post-above?)");
    }

    @Test
    void unknownKeyWithoutCloseMatchListsTheAllowedKeys() {
        assertThat(problems("web: { colour: blue }"))
                .containsExactly("web.colour: unknown key (allowed: enabled, bind, port, token, thumbnails)");
    }

    @Test
    void duplicateAccountIdsAreReportedWithTheFirstOccurrence() {
        assertThat(problems("accounts:\n" + FLICKR_ACCOUNT + """
                  - id: flickr-second
                    type: flickr
                    credentials: { api-key: k, api-secret: s }
                """ + FLICKR_ACCOUNT)).containsExactly("accounts[2].id: duplicate id flickr-main (also accounts[0])");
    }

    @Test
    void wrongTypesAreReportedWithTheirPath() {
        assertThat(problems("""
                store: [ "jdbc:h2:mem:x" ]
                model: { beam-size: three, length-normalization: high, device: [cpu] }
                filter: { blocklist: { word: bad } }
                review: { mode: 3 }
                web: { bind: { host: x } }
                accounts: { id: x }
                """)).containsExactly(
                "store: must be a mapping, was a list",
                "model.device: must be one of auto, cpu, gpu, was a list",
                "model.beam-size: must be an integer, was three",
                "model.length-normalization: must be a number, was high",
                "filter.blocklist: must be a list, was a mapping",
                "review.mode: must be one of auto, review, hybrid, was 3",
                "web.bind: must be a string, was a mapping",
                "accounts: must be a list, was a mapping");
    }

    @Test
    void documentThatIsNotAMappingIsReported() {
        assertThat(problems("- store\n- model\n"))
                .containsExactly("(top level): must be a mapping of sections, was a list");
    }

    @Test
    void explicitNullIsNotReplacedByTheDefault() {
        assertThat(problems("model: { beam-size: null, engine: }"))
                .containsExactly("model.engine: must be one of show-and-tell, detector, was null",
                        "model.beam-size: must be an integer, was null");
    }

    @Test
    void emptySectionMeansItsDefaults() throws Exception {
        assertThat(TestConfigs.parse("model:\nfilter: {}\naccounts:\n"))
                .isEqualTo(TestConfigs.resolvedDefaults());
    }

    @Test
    void jpegDecodingValuesOutsideTheChoicesListTheAllowedOnes() {
        assertThat(problems("model: { jpeg-dct: float, exif-orientation: sometimes }")).containsExactly(
                "model.jpeg-dct: must be one of accurate, fast, was float",
                "model.exif-orientation: must be true or false, was sometimes");
    }

    @Test
    void aPrecisionOutsideTheChoicesListsTheAllowedOnes() {
        assertThat(problems("model: { precision: fp16 }")).containsExactly(
                "model.precision: must be one of auto, fp32, bf16, was fp16");
        assertThat(problems("model: { precision: [bf16] }")).containsExactly(
                "model.precision: must be one of auto, fp32, bf16, was a list");
    }

    @Test
    void rangesAreReportedWithTheirBounds() {
        assertThat(problems("""
                model: { max-length: 1, batch-size: 2000, max-image-pixels: 0, intra-op-threads: -1 }
                filter: { post-above: 1.5, min-words: 101 }
                web: { port: 70000 }
                """)).containsExactly(
                "model.max-length: must be in [2, 100], was 1",
                "model.batch-size: must be in [1, 1024], was 2000",
                "model.intra-op-threads: must be in [0, 1024], was -1",
                "model.max-image-pixels: must be at least 1, was 0",
                "filter.post-above: must be in [0, 1], was 1.5",
                "filter.min-words: must be in [0, 100], was 101",
                "web.port: must be in [1, 65535], was 70000");
    }

    @Test
    void dropBelowAbovePostAboveIsAnError() {
        assertThat(problems("filter: { post-above: 0.4, drop-below: 0.5 }"))
                .containsExactly("filter.drop-below: must not be above post-above (0.4), was 0.5");
    }

    @Test
    void intervalAndCronTogetherAreAnError() {
        assertThat(problems("schedule: { interval: 15m, cron: \"0 0/15 * * * ?\" }"))
                .containsExactly("schedule: set either interval or cron, not both");
    }

    @Test
    void cronNeedsSixOrSevenFields() {
        assertThat(problems("schedule: { cron: \"*/15 * * * *\" }")).containsExactly(
                "schedule.cron: must be a Quartz cron expression with 6 or 7 fields (seconds minutes hours "
                        + "day-of-month month day-of-week [year]), was */15 * * * * (5 fields)");
    }

    @Test
    void storeUrlMustBeJdbc() {
        assertThat(problems("store: { url: \"h2:file:./x\" }"))
                .containsExactly("store.url: must be a JDBC URL starting with jdbc:, was h2:file:./x");
    }

    @Test
    void accountNeedsIdAndType() {
        assertThat(problems("accounts:\n  - backfill: true\n")).containsExactly(
                "accounts[0].id: is required",
                "accounts[0].type: is required (one of flickr, facebook-page, facebook-profile, folder)");
    }

    @Test
    void accountIdMustBeLowerCaseLettersDigitsAndDashes() {
        assertThat(problems("""
                accounts:
                  - id: Flickr_Main
                    type: flickr
                    credentials: { api-key: k, api-secret: s }
                """)).containsExactly("accounts[0].id: must match [a-z0-9-]+, was Flickr_Main");
    }

    @Test
    void pageIdOnAFlickrAccountIsAnError() {
        assertThat(problems("""
                accounts:
                  - id: flickr-main
                    type: flickr
                    page-id: 12345
                    credentials: { api-key: k, api-secret: s }
                """)).containsExactly("accounts[0].page-id: is only allowed for facebook-page accounts, was 12345");
    }

    @Test
    void facebookPageNeedsPageIdAndAccessToken() {
        assertThat(problems("""
                accounts:
                  - id: page
                    type: facebook-page
                    credentials: { app-secret: s }
                """)).containsExactly(
                "accounts[0].page-id: is required for facebook-page accounts",
                "accounts[0].credentials.access-token: is required for facebook-page accounts");
    }

    @Test
    void flickrNeedsApiKeyAndApiSecret() {
        assertThat(problems("""
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: { token: t }
                """)).containsExactly(
                "accounts[0].credentials.api-key: is required for flickr accounts",
                "accounts[0].credentials.api-secret: is required for flickr accounts");
    }

    @Test
    void credentialsOfTheOtherPlatformAreNamedButNotShown() {
        assertThat(problems("""
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: { api-key: k, api-secret: s, access-token: EAAGtopsecret }
                """)).containsExactly("accounts[0].credentials.access-token: is not used by flickr accounts "
                + "(allowed: api-key, api-secret, token, token-secret)");
    }

    @Test
    void credentialsOfTheWrongTypeAreNotShown() {
        assertThat(problems("""
                accounts:
                  - id: flickr-main
                    type: flickr
                    credentials: { api-key: 987654321, api-secret: [s3cr3t], token: "" }
                """)).containsExactly(
                "accounts[0].credentials.api-key: must be a string, was a number",
                "accounts[0].credentials.api-secret: must be a string, was a list",
                "accounts[0].credentials.token: must not be empty");
    }

    @Test
    void writeModeMustSuitTheAccountType() {
        assertThat(problems("""
                accounts:
                  - id: flickr-main
                    type: flickr
                    write: comment
                    credentials: { api-key: k, api-secret: s }
                  - id: profile
                    type: facebook-profile
                    write: post-message
                    credentials: { access-token: t }
                """)).containsExactly(
                "accounts[0].write: must be one of fill-empty, append, replace for flickr accounts, was comment",
                "accounts[1].write: must be one of none for facebook-profile accounts, was post-message");
    }

    @Test
    void accountValuesAreChecked() {
        assertThat(problems("""
                accounts:
                  - id: flickr-main
                    type: flickr
                    api-base-url: localhost:8080
                    since: yesterday
                    backfill: yes
                    write-template: "Caption: {text}"
                    max-image-size: 32
                    max-posts-per-day: 0
                    exclude-albums: [ 72157600000000001, { id: 2 } ]
                    credentials: { api-key: k, api-secret: s }
                """)).containsExactly(
                "accounts[0].api-base-url: must be an absolute http or https URL, was localhost:8080",
                "accounts[0].since: must be a date-time such as 2026-01-01T00:00:00Z or a date such as 2026-01-01,"
                        + " was yesterday",
                "accounts[0].backfill: must be true or false, was yes",
                "accounts[0].write-template: must contain {caption}, was Caption: {text}",
                "accounts[0].exclude-albums[1]: must be a string, was a mapping",
                "accounts[0].max-image-size: must be in [64, 10000], was 32",
                "accounts[0].max-posts-per-day: must be in [1, 100000], was 0");
    }

    @Test
    void maxPostsPerDayIsReadPerAccount() throws Exception {
        AccountConfig account = TestConfigs.parse("accounts:\n" + FLICKR_ACCOUNT + "    max-posts-per-day: 20\n")
                .accounts().get(0);

        assertThat(account.maxPostsPerDay()).isEqualTo(20);
    }

    @Test
    void accountsAreReadWithTheirDefaults() throws Exception {
        AccountConfig account = TestConfigs.parse("accounts:\n" + FLICKR_ACCOUNT).accounts().get(0);

        assertThat(account).isEqualTo(new AccountConfig("flickr-main", TestPlatforms.FLICKR, null, null, false,
                WriteMode.FILL_EMPTY, "{caption}", null, false, "nocaption", java.util.List.of(), 1600, false,
                Credentials.of("api-key", Secret.of("key-1"), "api-secret", Secret.of("secret-1")), null,
                ScheduleConfig.defaults(), FilterConfig.defaults(), TestConfigs.resolvedDefaults().review(), null));
    }

    @Test
    void malformedYamlReportsLineAndColumnWithoutQuotingTheLine() {
        assertThat(problems("""
                accounts:
                  - id: flickr-main
                    credentials:
                      api-key: hunter2: oops
                """)).containsExactly("line 4, column 23: mapping values are not allowed here");
    }

    @Test
    void unclosedFlowSequenceReportsWhereItEnded() {
        assertThat(problems("filter: { blocklist: [a, b }\n"))
                .containsExactly("line 1, column 28: while parsing a flow sequence; expected ',' or ']', but got }");
    }

    @Test
    void duplicateKeyIsAnError() {
        assertThat(problems("web:\n  port: 1\n  port: 2\n"))
                .containsExactly("line 3, column 7: duplicate key 'port'");
    }

    @Test
    void aliasIsRefusedRatherThanReadAsItsName() {
        assertThat(problems("filter: &f { min-words: 2 }\nreview: *f\n"))
                .containsExactly("line 2, column 9: aliases (*f) are not supported, write the value out");
    }

    @Test
    void secondDocumentIsRefused() {
        assertThat(problems("web: { port: 1 }\n---\nweb: { port: 2 }\n"))
                .containsExactly("line 3, column 1: only one YAML document is allowed");
    }
}
