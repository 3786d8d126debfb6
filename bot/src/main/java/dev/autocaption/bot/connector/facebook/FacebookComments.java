package dev.autocaption.bot.connector.facebook;

import com.restfb.Connection;
import com.restfb.FacebookClient;
import com.restfb.Parameter;
import com.restfb.types.Comment;
import com.restfb.types.GraphResponse;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.config.AccountConfig;
import java.util.List;

/**
 * Captions as comments by the Page ({@code POST /{photo-id}/comments}). Facebook has no idempotency key for
 * comments and no place for a marker, so before commenting it reads the photo's comments (newest first, at most
 * {@link #MAX_PAGES} pages) and adopts a comment by the Page that already holds exactly this text: that is a write
 * whose receipt was lost (the daemon crashed after Graph stored it, or the response timed out), and commenting
 * again would show the caption twice. The adopted comment's id goes into the receipt, so rollback deletes it.
 */
final class FacebookComments {
    static final String FIELDS = "id,message,from";
    static final int MAX_PAGES = 3;

    private final AccountConfig account;
    private final FacebookClient client;
    private final GraphCalls calls;

    FacebookComments(AccountConfig account, FacebookClient client, GraphCalls calls) {
        this.account = account;
        this.client = client;
        this.calls = calls;
    }

    WriteReceipt write(RemotePhoto photo, String text) throws ConnectorException {
        String ours = find(photo, text);
        if (ours != null) {
            return new WriteReceipt(account.id(), photo.remoteId(), WriteAction.COMMENT_ADOPTED,
                    photo.existingText(), text, List.of(ours));
        }
        GraphResponse response;
        try {
            response = calls.call(Operation.WRITE, photo.remoteId(), () -> client.publish(
                    photo.remoteId() + "/comments", GraphResponse.class, Parameter.with("message", text)));
        } catch (ConnectorException e) {
            if (GraphCalls.isDuplicate(e)) {
                return WriteReceipt.unchanged(photo, WriteAction.ALREADY_DONE);
            }
            throw e;
        }
        if (response == null || !response.isSuccess()) {
            throw calls.failure(Operation.WRITE, photo.remoteId(), Action.RETRY_LATER, null,
                    "the Graph API did not confirm commenting (no success flag, no id)", null);
        }
        return new WriteReceipt(account.id(), photo.remoteId(), WriteAction.COMMENT_ADDED, photo.existingText(), text,
                List.of(response.getId()));
    }

    /** The id of the Page's newest comment on the photo with exactly this text, or null. */
    private String find(RemotePhoto photo, String text) throws ConnectorException {
        Connection<Comment> page = calls.call(Operation.WRITE, photo.remoteId(), () -> client.fetchConnection(
                photo.remoteId() + "/comments", Comment.class, Parameter.withFields(FIELDS),
                Parameter.with("order", "reverse_chronological"), Parameter.withLimit(100)));
        for (int pages = 1; ; pages++) {
            for (Comment comment : page.getData()) {
                if (isOurs(comment, text)) {
                    return comment.getId();
                }
            }
            if (!page.hasNext() || pages >= MAX_PAGES) {
                return null;
            }
            String next = FacebookPhotoSource.withoutToken(page.getNextPageUrl());
            page = calls.call(Operation.WRITE, photo.remoteId(), () -> client.fetchConnectionPage(next,
                    Comment.class));
        }
    }

    private boolean isOurs(Comment comment, String text) {
        return comment.getFrom() != null && account.pageId().equals(comment.getFrom().getId())
                && comment.getMessage() != null && comment.getMessage().strip().equals(text.strip());
    }
}
