package dev.autocaption.bot.connector.facebook;

import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.ImageFetcher;
import dev.autocaption.testing.MutableClock;
import dev.autocaption.bot.connector.RecordingSleeper;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.simulator.facebook.GraphSimulator;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.WriteMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A Graph simulator with a fully permitted Page token, and sources built on the real RestFB client. */
final class GraphHarness implements AutoCloseable {

    final MutableClock clock = new MutableClock(Instant.parse("2025-06-02T12:00:00Z"));
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final ConnectorRuntime runtime = new ConnectorRuntime(clock, sleeper, Duration.ofSeconds(2),
            Duration.ofSeconds(5));
    final GraphSimulator sim = GraphSimulator.start(TestAccounts.PAGE_ID);

    GraphHarness() {
        sim.grantPageToken(TestAccounts.PAGE_TOKEN, GraphSimulator.PAGE_PERMISSIONS);
    }

    AccountConfig page(WriteMode write) {
        return TestAccounts.facebook(FacebookPlatform.PAGE, sim.baseUri(), write, List.of());
    }

    FacebookPhotoSource source(AccountConfig account) {
        return source(account, FacebookSettings.defaults(), runtime);
    }

    FacebookPhotoSource source(AccountConfig account, FacebookSettings settings, ConnectorRuntime rt) {
        return new FacebookPhotoSource(account, FacebookPhotoSource.client(account, rt), clock, sleeper,
                ImageFetcher.create(rt), settings);
    }

    @Override
    public void close() {
        sim.close();
    }
}
