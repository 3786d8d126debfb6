package dev.autocaption.bot.connector.facebook;

import com.restfb.FacebookClient;
import com.restfb.Parameter;
import com.restfb.types.GraphResponse;
import com.restfb.types.Post;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.WriteReceipt;

/** Reverses Facebook receipts: restores the post message we replaced, or deletes our comment. */
final class FacebookUndo {

    private final FacebookClient client;
    private final GraphCalls calls;
    private final String account;

    FacebookUndo(FacebookClient client, GraphCalls calls, String account) {
        this.client = client;
        this.calls = calls;
        this.account = account;
    }

    void undo(WriteReceipt receipt) throws ConnectorException {
        if (!receipt.account().equals(account)) {
            throw new IllegalArgumentException("receipt of account " + receipt.account() + " given to " + account);
        }
        switch (receipt.action()) {
            case POST_MESSAGE_SET -> restorePost(receipt);
            case COMMENT_ADDED, COMMENT_ADOPTED -> deleteComment(receipt);
            case DESCRIPTION_SET, MARKER_ADDED ->
                    throw new IllegalArgumentException("not a Facebook receipt: " + receipt.action());
            default -> {
                // nothing was changed remotely
            }
        }
    }

    private void restorePost(WriteReceipt receipt) throws ConnectorException {
        String postId = receipt.remoteRefs().get(0);
        Post post = calls.call(Operation.UNDO, receipt.remoteId(), () -> client.fetchObject(postId, Post.class,
                Parameter.withFields("id,message")));
        String current = post.getMessage() == null ? "" : post.getMessage();
        if (!current.equals(receipt.writtenText())) {
            throw calls.failure(Operation.UNDO, receipt.remoteId(), Action.GIVE_UP, null, "post " + postId
                    + " changed since we wrote it; not overwriting someone else's edit", null);
        }
        calls.call(Operation.UNDO, receipt.remoteId(), () -> client.publish(postId, GraphResponse.class,
                Parameter.with("message", receipt.previousText())));
    }

    private void deleteComment(WriteReceipt receipt) throws ConnectorException {
        String commentId = receipt.remoteRefs().get(0);
        boolean deleted = calls.call(Operation.UNDO, receipt.remoteId(), () -> client.deleteObject(commentId));
        if (!deleted) {
            throw calls.failure(Operation.UNDO, receipt.remoteId(), Action.RETRY_LATER, null,
                    "the Graph API did not confirm deleting comment " + commentId, null);
        }
    }
}
