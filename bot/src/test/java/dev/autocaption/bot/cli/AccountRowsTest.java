package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.schedule.Schedules;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.FilterConfig;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.config.RetryConfig;
import dev.autocaption.config.ReviewConfig;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.ScheduleConfig;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.config.WebConfig;
import dev.autocaption.config.WriteMode;
import dev.autocaption.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountRowsTest {
    @TempDir
    Path dir;

    @Test
    void nextCronCycleIsTheAccountsJitteredTime() {
        try (SimulatedAccounts sims = new SimulatedAccounts(dir)) {
            AccountConfig flickr = sims.flickrAccount(ReviewMode.REVIEW, WriteMode.FILL_EMPTY);
            AccountConfig hourly = new AccountConfig(flickr.id(), flickr.type(), flickr.apiBaseUrl(), flickr.since(),
                    flickr.backfill(), flickr.write(), flickr.writeTemplate(), flickr.pageId(),
                    flickr.includePrivate(), flickr.optOutTag(), flickr.excludeAlbums(), flickr.maxImageSize(),
                    flickr.allowDemoModel(), flickr.credentials(), flickr.credentialsFile(),
                    ScheduleConfig.cron("0 0 * * * ?"), flickr.filter(), flickr.review(), flickr.maxPostsPerDay());
            BotConfig config = new BotConfig(new StoreConfig("jdbc:h2:mem:" + UUID.randomUUID()),
                    ModelConfig.defaults(), FilterConfig.defaults(), ReviewConfig.defaults(),
                    ScheduleConfig.defaults(), WebConfig.defaults(), RetryConfig.defaults(),
                    List.of(hourly));
            int second = (int) (Schedules.jitter(flickr.id()) * 60);

            List<AccountRows> rows;
            try (Database database = Database.open(config.store(), sims.clock)) {
                rows = AccountRows.read(config, database, Instant.parse("2026-01-01T10:20:00Z"));
            }

            assertThat(rows.get(0).nextCycle()).isEqualTo(Instant.parse("2026-01-01T11:00:00Z").plusSeconds(second));
        }
    }
}
