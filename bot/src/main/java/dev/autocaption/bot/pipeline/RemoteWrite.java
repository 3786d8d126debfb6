package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.CaptionWrite;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.store.Post;
import java.util.List;
import java.util.Locale;

/**
 * The remote half of publishing one claimed outbox entry: re-read, reconcile or refuse, record the previous text,
 * write, mark. The store changes around it are {@link Publisher}'s.
 */
final class RemoteWrite {
    /** What happened remotely: receipts to record, or why nothing may be written. */
    record Outcome(WriteReceipt write, WriteReceipt mark, boolean reconciled, String skipReason) {
        static Outcome skipped(String reason) {
            return new Outcome(null, null, false, reason);
        }
    }

    Outcome write(Cycle cycle, Post post, RemotePhoto stored) throws ConnectorException {
        PhotoSource source = cycle.account().source();
        AccountConfig account = cycle.account().config();
        RemotePhoto current = source.refresh(stored);
        if (alreadyWritten(current, post)) {
            String previous = post.previousText() == null ? "" : post.previousText();
            return new Outcome(source.reconciledReceipt(current, previous), mark(source, current, post), true, null);
        }
        if (blockedByHumanText(account, current, post)) {
            return Outcome.skipped("human text");
        }
        cycle.database().useTransaction(tx -> tx.posts().recordPreviousText(post.id(), current.existingText()));
        WriteReceipt receipt = source.write(current, caption(post));
        return switch (receipt.action()) {
            case TEXT_PRESENT -> Outcome.skipped("human text");
            case READ_ONLY -> Outcome.skipped("read-only account (write mode " + account.write().configName() + ")");
            case ALREADY_DONE -> new Outcome(null, mark(source, current, post), true, null);
            case COMMENT_ADOPTED -> new Outcome(receipt, mark(source, afterWrite(current, receipt), post), true, null);
            default -> new Outcome(receipt, mark(source, afterWrite(current, receipt), post), false, null);
        };
    }

    /**
     * True when the field holds a person's text we must not overwrite: it has text and the write mode only fills
     * empty fields (append, replace and comment never destroy what is there).
     */
    boolean blockedByHumanText(AccountConfig account, RemotePhoto current, Post post) {
        return current.hasText() && account.write().onlyFillsEmpty();
    }

    /** Our marker is on the photo, or the field already holds exactly the text we would write. */
    private static boolean alreadyWritten(RemotePhoto current, Post post) {
        String ours = post.request().text();
        return current.markedProcessed() || (!ours.isBlank() && current.existingText().contains(ours));
    }

    private static WriteReceipt mark(PhotoSource source, RemotePhoto photo, Post post) throws ConnectorException {
        WriteReceipt receipt = source.markProcessed(photo, caption(post));
        if (receipt.action() == WriteAction.ALREADY_DONE) {
            List<String> ours = photo.tags().stream()
                    .filter(tag -> tag.toLowerCase(Locale.ROOT).startsWith("autocaption:")).toList();
            return ours.isEmpty() ? receipt : new WriteReceipt(photo.account(), photo.remoteId(),
                    WriteAction.MARKER_ADDED, "", "", ours);
        }
        return receipt;
    }

    /** The outbox's text with the model and score behind it (none for a person's edited text). */
    private static CaptionWrite caption(Post post) {
        return new CaptionWrite(post.request().text(), post.request().modelId(), post.request().score());
    }

    private static RemotePhoto afterWrite(RemotePhoto photo, WriteReceipt receipt) {
        return photo.withCurrent(photo.title(), receipt.writtenText(), photo.tags(), photo.markedProcessed());
    }
}
