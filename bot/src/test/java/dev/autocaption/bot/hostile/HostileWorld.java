package dev.autocaption.bot.hostile;

import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.approval.ApprovalsInbox;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.filter.CaptionFilter;
import dev.autocaption.bot.pipeline.Captioning;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.bot.schedule.CycleResult;
import dev.autocaption.bot.schedule.PollCycle;
import dev.autocaption.simulator.RecordedRequest;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.RetryConfig;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.store.Database;
import dev.autocaption.store.HistoryEntry;
import dev.autocaption.store.HistoryQuery;
import dev.autocaption.store.Photo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The real daemon pipeline between the simulators and a fresh in-memory store: real connectors (with a short image
 * deadline, so stalls cost little wall time), the given captioner, and a long-lived {@link PollCycle} as the daemon
 * keeps. A cycle that throws is a crash: {@link #run} records it instead of letting it end the test.
 */
final class HostileWorld implements AutoCloseable {
    /** The whole-download deadline ({@code retry.photo-timeout}) of this world's connectors. */
    static final Duration IMAGE_DEADLINE = Duration.ofMillis(400);

    final SimulatedAccounts sims;
    final Database database;
    final Connectors connectors;
    private final PollCycle cycle;
    private final Map<String, WatchedAccount> accounts = new HashMap<>();

    HostileWorld(Path dir, ImageCaptioner captioner) {
        sims = new SimulatedAccounts(dir);
        database = Database.open(new StoreConfig("jdbc:h2:mem:" + UUID.randomUUID()), sims.clock);
        connectors = Connectors.standard(sims.runtime.withImageDeadline(IMAGE_DEADLINE), 3600);
        cycle = new PollCycle(database, new Captioning(captioner, 8, RetryConfig.defaults()),
                new ApprovalsInbox(database, id -> accounts.containsKey(id) ? accounts.get(id).config() : null),
                event -> { }, false, () -> false);
    }

    WatchedAccount watch(AccountConfig config) {
        WatchedAccount account = new WatchedAccount(config, connectors.create(config),
                new CaptionFilter(config.filter(), config.review(), true));
        accounts.put(account.id(), account);
        return account;
    }

    /** One scheduled cycle; a throwable escaping it is returned as the crash (the daemon would have lost it). */
    Optional<Throwable> run(WatchedAccount account) {
        try {
            CycleResult ignored = cycle.run(account);
            return Optional.empty();
        } catch (RuntimeException | Error e) {
            return Optional.of(e);
        }
    }

    /** Moves the clock past every retry time and back-off of the store, then runs one cycle. */
    Optional<Throwable> runLater(WatchedAccount account, Duration after) {
        sims.clock.advance(after);
        return run(account);
    }

    /** What a restart does to a paused account (Bot.open resumes paused accounts). */
    void resume(String accountId) {
        database.useTransaction(tx -> tx.accounts().resume(accountId));
    }

    Optional<Photo> photo(String accountId, String remoteId) {
        return database.inTransaction(tx -> tx.photos().find(accountId, remoteId));
    }

    /** The history rows of an account by remote id (what {@code autocaption history} prints). */
    Map<String, HistoryEntry> history(String accountId) {
        List<HistoryEntry> rows = database.inTransaction(tx -> tx.history().find(HistoryQuery.all()
                .withAccount(accountId).withLimit(100_000)));
        return rows.stream().collect(Collectors.toMap(HistoryEntry::remoteId, Function.identity()));
    }

    /** Text writes the Flickr simulator took for a photo (setMeta; not those a scripted fault refused). */
    int flickrWrites(String remoteId) {
        return count(sims.flickr.requests("flickr.photos.setMeta"), r -> remoteId.equals(r.param("photo_id")));
    }

    /** Text writes the Graph simulator received for a photo: edits of its Page post and comments on it. */
    int graphWrites(String remoteId) {
        String story = sims.graph.photo(remoteId).storyId();
        return count(sims.graph.requests("post.update"), r -> story != null && r.path().contains("/" + story))
                + count(sims.graph.requests("comment.create"), r -> r.path().contains("/" + remoteId + "/"));
    }

    private static int count(List<RecordedRequest> requests, java.util.function.Predicate<RecordedRequest> aimed) {
        return (int) requests.stream().filter(r -> !r.refused()).filter(aimed).count();
    }

    @Override
    public void close() {
        database.close();
        sims.close();
    }
}
