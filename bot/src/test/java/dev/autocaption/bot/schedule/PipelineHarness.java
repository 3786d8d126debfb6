package dev.autocaption.bot.schedule;

import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.approval.ApprovalWorkflow;
import dev.autocaption.bot.approval.ApprovalsInbox;
import dev.autocaption.bot.pipeline.Captioning;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.bot.pipeline.Rollback;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.DecisionSource;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Simulators, a fresh in-memory store, a fake captioner and the real pipeline between them. */
final class PipelineHarness implements AutoCloseable {
    final SimulatedAccounts sims;
    final Database database;
    final FakeCaptioner captioner = new FakeCaptioner();
    final List<PipelineEvent> events = new CopyOnWriteArrayList<>();
    final Map<String, WatchedAccount> accounts = new ConcurrentHashMap<>();

    PipelineHarness(Path dir) {
        sims = new SimulatedAccounts(dir);
        database = Database.open(new StoreConfig("jdbc:h2:mem:" + UUID.randomUUID()), sims.clock);
    }

    WatchedAccount watch(dev.autocaption.config.AccountConfig config) {
        WatchedAccount account = sims.watch(config);
        accounts.put(account.id(), account);
        return account;
    }

    PollCycle cycle(boolean dryRun) {
        return new PollCycle(database, new Captioning(captioner, 4, dev.autocaption.config.RetryConfig.defaults()),
                new ApprovalsInbox(database, id -> accounts.containsKey(id) ? accounts.get(id).config() : null),
                events::add, dryRun, () -> false);
    }

    private PollCycle daemonCycle;

    /** Runs a cycle with one long-lived PollCycle, as the daemon does. */
    CycleResult run(WatchedAccount account) {
        if (daemonCycle == null) {
            daemonCycle = cycle(false);
        }
        return daemonCycle.run(account);
    }

    Rollback rollback() {
        return new Rollback(database, id -> accounts.containsKey(id) ? accounts.get(id).source() : null);
    }

    Photo photo(String accountId, String remoteId) {
        return database.inTransaction(tx -> tx.photos().find(accountId, remoteId)).orElseThrow();
    }

    PhotoState state(String accountId, String remoteId) {
        return photo(accountId, remoteId).state();
    }

    List<PipelineEvent> events(PipelineEvent.Kind kind) {
        return events.stream().filter(event -> event.kind() == kind).toList();
    }

    dev.autocaption.simulator.flickr.FlickrSimulator flickr() {
        return sims.flickr;
    }

    /** The person edits the description on Flickr (through the real client, as another app would). */
    void personWrites(String remoteId, String text) {
        var account = dev.autocaption.bot.connector.TestAccounts.flickr(sims.flickr.baseUri(),
                sims.approvalsFile().resolveSibling("person.token"), dev.autocaption.config.WriteMode.REPLACE,
                java.time.Instant.EPOCH, false, List.of());
        var source = sims.connectors.create(account);
        var photo = new dev.autocaption.bot.connector.RemotePhoto(account.id(), remoteId,
                java.net.URI.create("http://127.0.0.1/unused"), java.time.Instant.EPOCH, "", "", List.of(), false, null);
        try {
            source.write(source.refresh(photo), text);
        } catch (dev.autocaption.bot.connector.ConnectorException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes the approvals file with these decision lines. */
    void approve(String... lines) {
        try {
            java.nio.file.Files.writeString(sims.approvalsFile(), "decisions:\n  " + String.join("\n  ", lines)
                    + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What a daemon killed right after the remote write leaves behind: the post claimed, the previous text
     * recorded, the caption and marker on Flickr, and nothing committed after that.
     */
    void crashAfterRemoteWrite(WatchedAccount account, String remoteId) throws Exception {
        Photo photo = photo(account.id(), remoteId);
        var post = database.inTransaction(tx -> {
            var claimed = tx.posts().claimNext(account.id()).orElseThrow();
            tx.photos().transition(photo.id(), PhotoState.APPROVED, PhotoState.POSTING, null);
            return claimed;
        });
        var remote = account.source().refresh(new dev.autocaption.bot.connector.RemotePhoto(account.id(), remoteId,
                java.net.URI.create(photo.imageUrl()), photo.uploadedAt(), photo.title(), "", photo.tags(), false,
                null));
        database.useTransaction(tx -> tx.posts().recordPreviousText(post.id(), remote.existingText()));
        var receipt = account.source().write(remote, post.request().text());
        account.source().markProcessed(remote.withCurrent(remote.title(), receipt.writtenText(), remote.tags(),
                false), FakeCaptioner.MODEL_ID);
    }

    /** Approves from the CLI side, without running a cycle. */
    void approveNow(String accountId, String remoteId) {
        new ApprovalWorkflow(database, id -> accounts.get(id).config()).apply(
                dev.autocaption.bot.approval.Approval.approve(accountId, remoteId, 1),
                DecisionSource.CLI);
    }

    @Override
    public void close() {
        database.close();
        sims.close();
    }
}
