package dev.autocaption.bot.connector.flickr;

import com.flickr4java.flickr.Flickr;
import dev.autocaption.bot.connector.CallBudget;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.ImageFetcher;
import dev.autocaption.testing.MutableClock;
import dev.autocaption.bot.connector.RecordingSleeper;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.config.AccountConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** A Flickr simulator with a granted write token, and sources built on the real Flickr4Java client. */
final class FlickrHarness implements AutoCloseable {

    final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
    final ConnectorRuntime runtime = new ConnectorRuntime(clock, new RecordingSleeper(clock), Duration.ofSeconds(2),
            Duration.ofSeconds(5));
    final FlickrSimulator sim = FlickrSimulator.start(TestAccounts.FLICKR_KEY, TestAccounts.FLICKR_SECRET, clock);
    final Path tokenFile;

    FlickrHarness(Path dir) {
        this.tokenFile = dir.resolve("flickr.token");
        sim.grant(TestAccounts.FLICKR_TOKEN, TestAccounts.FLICKR_TOKEN_SECRET, "write");
    }

    AccountConfig account() {
        return TestAccounts.flickr(sim.baseUri(), tokenFile);
    }

    FlickrPhotoSource source(AccountConfig account) {
        return source(account, FlickrSettings.defaults(), CallBudget.flickrDefault(clock), runtime);
    }

    FlickrPhotoSource source(AccountConfig account, FlickrSettings settings, CallBudget budget,
                             ConnectorRuntime rt) {
        Flickr flickr = new Flickr(TestAccounts.FLICKR_KEY, TestAccounts.FLICKR_SECRET,
                FlickrPhotoSource.transport(account.apiBaseUrl(), rt));
        return new FlickrPhotoSource(account, flickr, budget, ImageFetcher.create(rt), settings);
    }

    @Override
    public void close() {
        sim.close();
    }
}
