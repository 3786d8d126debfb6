package dev.autocaption.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.Engine;
import dev.autocaption.config.FilterConfig;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.config.RetryConfig;
import dev.autocaption.config.ReviewConfig;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.ScheduleConfig;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.config.WebConfig;
import dev.autocaption.config.WriteMode;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotTest {
    @TempDir
    Path dir;
    SimulatedAccounts sims;
    final FakeCaptioner captioner = new FakeCaptioner();

    @AfterEach
    void stop() {
        if (sims != null) {
            sims.close();
        }
    }

    private BotConfig config(String storeUrl) {
        sims = sims == null ? new SimulatedAccounts(dir) : sims;
        return new BotConfig(new StoreConfig(storeUrl), ModelConfig.defaults(), FilterConfig.defaults(),
                new ReviewConfig(ReviewMode.HYBRID, sims.approvalsFile()), ScheduleConfig.defaults(),
                WebConfig.defaults(), RetryConfig.defaults(),
                List.of(sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY),
                sims.pageAccount(ReviewMode.HYBRID)));
    }

    private Engines engines() {
        return Engines.standard().register(Engine.SHOW_AND_TELL, model -> captioner);
    }

    @Test
    void schedulerRunsTheFirstCycleOfEveryAccountAtStart() throws Exception {
        BotConfig config = config("jdbc:h2:mem:" + UUID.randomUUID());
        sims.flickr.addPhoto(FlickrPhotoSeed.of("dog", Instant.parse("2025-12-31T10:00:00Z")).withSize(401, 300));
        CountDownLatch posted = new CountDownLatch(1);
        CountDownLatch cycles = new CountDownLatch(2);
        java.util.Set<String> accountsCycled = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Bot bot = Bot.open(config, sims.clock, engines(), sims.connectors, event -> {
            if (event.kind() == PipelineEvent.Kind.POSTED) {
                posted.countDown();
            }
            if (event.kind() == PipelineEvent.Kind.CYCLE) {
                accountsCycled.add(event.key());
                cycles.countDown();
            }
        }, false);
        try (bot) {
            bot.start();
            assertThat(posted.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cycles.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(accountsCycled).containsExactlyInAnyOrder("flickr-main", "fb-shop");
        }
        assertThat(captioner.closed()).isTrue();
    }

    @Test
    void changedApprovalsFileIsAppliedWithoutWaitingForTheNextCycle() throws Exception {
        BotConfig config = config("jdbc:h2:mem:" + UUID.randomUUID());
        captioner.say(401, "A man riding a horse.", 0.45);
        String horse = sims.flickr.addPhoto(FlickrPhotoSeed.of("horse", Instant.parse("2025-12-31T10:00:00Z"))
                .withSize(401, 300));
        CountDownLatch queued = new CountDownLatch(1);
        CountDownLatch posted = new CountDownLatch(1);
        Bot bot = Bot.open(config, sims.clock, engines(), sims.connectors, event -> {
            if (event.kind() == PipelineEvent.Kind.QUEUED) {
                queued.countDown();
            }
            if (event.kind() == PipelineEvent.Kind.POSTED) {
                posted.countDown();
            }
        }, false);
        try (bot) {
            bot.start();
            assertThat(queued.await(60, TimeUnit.SECONDS)).isTrue();
            java.nio.file.Files.writeString(sims.approvalsFile(), "decisions:\n  flickr-main/" + horse + ": approve\n");

            assertThat(posted.await(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(sims.flickr.photo(horse).description()).isEqualTo("A man riding a horse. (auto-generated)");
    }

    @Test
    void closeClosesTheCaptionerAndReleasesTheLock() throws Exception {
        BotConfig config = config("jdbc:h2:file:" + dir.resolve("store"));
        Bot.open(config, sims.clock, engines(), sims.connectors, event -> { }, false).close();

        assertThat(captioner.closed()).isTrue();
        try (Database database = Database.open(config.store(), sims.clock)) {
            assertThat(DaemonLock.holder(database)).isEmpty();
        }
    }

    @Test
    void modelThatCannotLoadReleasesTheLockAndTheStore() {
        BotConfig config = config("jdbc:h2:file:" + dir.resolve("store"));
        Engines failing = Engines.standard().register(Engine.SHOW_AND_TELL, model -> {
            throw new CaptioningException("checkpoint missing: " + model.path());
        });

        assertThatThrownBy(() -> Bot.open(config, sims.clock, failing, sims.connectors, event -> { }, false))
                .isInstanceOf(CaptioningException.class).hasMessage("checkpoint missing: models/demo");
        try (Database database = Database.open(config.store(), sims.clock)) {
            assertThat(DaemonLock.holder(database)).isEmpty();
        }
    }

    @Test
    void engineMissingFromTheBuildListsTheAvailableOnes() {
        assertThatThrownBy(() -> Engines.none().register(Engine.DETECTOR, model -> captioner)
                .load(ModelConfig.defaults())).isInstanceOf(CaptioningException.class)
                .hasMessage("model.engine show-and-tell is not available in this build; available engines: "
                        + "[detector]");
    }
}
