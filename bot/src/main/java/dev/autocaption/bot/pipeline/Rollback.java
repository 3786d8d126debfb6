package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.store.Database;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Post;
import dev.autocaption.store.PostSelection;
import dev.autocaption.store.RunCounts;
import dev.autocaption.store.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Undoes written posts: replays each post's receipts backwards (marker tags removed, then the description or post
 * message restored, or our comment deleted), then marks the post rolled back and the photo {@code rolled_back}, in
 * one transaction per post. Rolled-back posts are no longer selected, so running it again does nothing.
 */
public final class Rollback {
    /** What happened (or would happen) to one post. */
    public record Item(String photoKey, long postId, String writtenText, String restoredText, String problem) {
    }

    private final Database database;
    private final Function<String, PhotoSource> sources;

    /** @param sources the connector of an account id; null for an account no longer configured */
    public Rollback(Database database, Function<String, PhotoSource> sources) {
        this.database = Objects.requireNonNull(database, "database");
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /** Undoes every selected post (or, with {@code dryRun}, only lists them). */
    public List<Item> run(PostSelection selection, boolean dryRun) {
        List<Post> posts = database.inTransaction(tx -> tx.posts().findPosted(selection));
        List<Item> items = new ArrayList<>();
        Long runId = dryRun || posts.isEmpty() ? null
                : database.inTransaction(tx -> tx.runs().start(null, "rollback")).id();
        for (Post post : posts) {
            items.add(dryRun ? plan(post) : undo(post));
        }
        if (runId != null) {
            long failed = items.stream().filter(item -> item.problem() != null).count();
            database.useTransaction(tx -> tx.runs().finish(runId, failed == 0 ? RunStatus.SUCCEEDED
                    : RunStatus.FAILED, new RunCounts(0, 0, 0, 0, 0, 0, (int) failed),
                    "rolled back " + (items.size() - failed) + " of " + items.size() + " posts"));
        }
        return items;
    }

    private Item plan(Post post) {
        Photo photo = photo(post);
        return new Item(photo.key(), post.id(), post.request().text(),
                post.previousText() == null ? "" : post.previousText(), null);
    }

    private Item undo(Post post) {
        Photo photo = photo(post);
        PhotoSource source = sources.apply(photo.accountId());
        if (source == null) {
            return new Item(photo.key(), post.id(), post.request().text(), null, "account " + photo.accountId()
                    + " is not in the config");
        }
        List<WriteReceipt> receipts = database.inTransaction(tx -> PipelineRows.receipts(tx, post.id(),
                photo.accountId(), photo.remoteId()));
        List<WriteReceipt> backwards = new ArrayList<>(receipts);
        java.util.Collections.reverse(backwards);
        try {
            for (WriteReceipt receipt : backwards) {
                source.undo(receipt);
            }
        } catch (ConnectorException e) {
            return new Item(photo.key(), post.id(), post.request().text(), null, e.getMessage());
        }
        database.useTransaction(tx -> {
            tx.posts().markRolledBack(post.id());
            if (tx.photos().find(photo.id()).orElseThrow().state() == PhotoState.POSTED) {
                tx.photos().transition(photo.id(), PhotoState.POSTED, PhotoState.ROLLED_BACK, "rolled back");
            }
        });
        String restored = receipts.isEmpty() ? null : receipts.get(0).previousText();
        return new Item(photo.key(), post.id(), post.request().text(), restored, null);
    }

    private Photo photo(Post post) {
        return database.inTransaction(tx -> tx.photos().find(post.photoId())).orElseThrow(
                () -> new IllegalStateException("post " + post.id() + " names photo id " + post.photoId()
                        + ", which is not stored"));
    }
}
