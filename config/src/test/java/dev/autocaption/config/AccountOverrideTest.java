package dev.autocaption.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountOverrideTest {
    private static final String GLOBAL = """
            filter: { post-above: 0.7, drop-below: 0.2, min-words: 4, blocklist: [ nsfw ] }
            review: { mode: hybrid, approvals-file: /etc/autocaption/approvals.yaml }
            schedule: { interval: 1h }
            accounts:
            """;

    @Test
    void accountWithoutOverridesGetsTheGlobalSections() throws Exception {
        BotConfig config = TestConfigs.parse(GLOBAL + TestConfigs.FLICKR_ACCOUNT);

        AccountConfig account = config.accounts().get(0);
        assertThat(account.filter()).isEqualTo(config.filter());
        assertThat(account.review()).isEqualTo(config.review());
        assertThat(account.schedule()).isEqualTo(ScheduleConfig.every(Duration.ofHours(1)));
    }

    @Test
    void filterAndReviewOverridesMergeKeyByKey() throws Exception {
        AccountConfig account = TestConfigs.parse(GLOBAL + TestConfigs.FLICKR_ACCOUNT + """
                    filter: { post-above: 0.9, blocklist: [] }
                    review: { mode: auto }
                """).accounts().get(0);

        assertThat(account.filter()).isEqualTo(new FilterConfig(0.9, 0.2, 4, List.of(), false));
        assertThat(account.review()).isEqualTo(new ReviewConfig(ReviewMode.AUTO,
                java.nio.file.Path.of("/etc/autocaption/approvals.yaml")));
    }

    @Test
    void accountMayHaveItsOwnApprovalsFileAndHedging() throws Exception {
        AccountConfig account = TestConfigs.parse(GLOBAL + TestConfigs.FLICKR_ACCOUNT + """
                    filter: { hedge-middle-band: true }
                    review: { approvals-file: /etc/autocaption/flickr-approvals.yaml }
                """).accounts().get(0);

        assertThat(account.filter()).isEqualTo(new FilterConfig(0.7, 0.2, 4, List.of("nsfw"), true));
        assertThat(account.review()).isEqualTo(new ReviewConfig(ReviewMode.HYBRID,
                java.nio.file.Path.of("/etc/autocaption/flickr-approvals.yaml")));
    }

    @Test
    void hedgeMiddleBandMustBeABoolean() {
        assertThat(TestConfigs.problems(GLOBAL + TestConfigs.FLICKR_ACCOUNT + """
                    filter: { hedge-middle-band: maybe }
                """)).containsExactly(
                "accounts[0].filter.hedge-middle-band: must be true or false, was maybe");
    }

    @Test
    void scheduleOverrideReplacesTheGlobalSchedule() throws Exception {
        BotConfig config = TestConfigs.parse(GLOBAL + TestConfigs.FLICKR_ACCOUNT + """
                    schedule: { cron: "0 0 6 * * ?" }
                  - id: flickr-fast
                    type: flickr
                    credentials: { api-key: k, api-secret: s }
                    schedule: { interval: 5m }
                """);

        assertThat(config.schedule()).isEqualTo(ScheduleConfig.every(Duration.ofHours(1)));
        assertThat(config.accounts().get(0).schedule()).isEqualTo(ScheduleConfig.cron("0 0 6 * * ?"));
        assertThat(config.accounts().get(1).schedule()).isEqualTo(ScheduleConfig.every(Duration.ofMinutes(5)));
    }

    @Test
    void overrideIsCheckedAgainstTheGlobalValuesItIsMergedWith() {
        assertThat(TestConfigs.problems(GLOBAL + TestConfigs.FLICKR_ACCOUNT + """
                    filter: { drop-below: 0.8 }
                """)).containsExactly("accounts[0].filter.drop-below: must not be above post-above (0.7), was 0.8");
    }

    @Test
    void overrideProblemsCarryTheAccountPath() {
        assertThat(TestConfigs.problems(GLOBAL + TestConfigs.FLICKR_ACCOUNT + """
                    review: { mode: manual, aproval-file: x }
                    schedule: { interval: 10s }
                """)).containsExactly(
                "accounts[0].schedule.interval: must be at least 1m, was 10s",
                "accounts[0].review.aproval-file: unknown key (did you mean approvals-file?)",
                "accounts[0].review.mode: must be one of auto, review, hybrid, was manual");
    }
}
