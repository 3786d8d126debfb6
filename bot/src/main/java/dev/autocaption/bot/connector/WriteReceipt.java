package dev.autocaption.bot.connector;

import java.util.List;
import java.util.Objects;

/**
 * What a write did, with what {@link PhotoSource#undo} needs to reverse it.
 *
 * @param account      our account id
 * @param remoteId     the photo id
 * @param action       what was done
 * @param previousText the text the field held before (empty if none); restored by undo
 * @param writtenText  the text we wrote (empty when nothing was written)
 * @param remoteRefs   platform ids of what we created or changed: the Page post id, the comment id, or the
 *                     marker tags we added (as sent)
 */
public record WriteReceipt(
        String account,
        String remoteId,
        WriteAction action,
        String previousText,
        String writtenText,
        List<String> remoteRefs) {

    public WriteReceipt {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(remoteId, "remoteId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(previousText, "previousText");
        Objects.requireNonNull(writtenText, "writtenText");
        remoteRefs = List.copyOf(Objects.requireNonNull(remoteRefs, "remoteRefs"));
    }

    /** A receipt for a call that changed nothing remotely. */
    public static WriteReceipt unchanged(RemotePhoto photo, WriteAction action) {
        if (action.changedRemote()) {
            throw new IllegalArgumentException(action + " changes the platform; it needs a full receipt");
        }
        return new WriteReceipt(photo.account(), photo.remoteId(), action, photo.existingText(), "", List.of());
    }

    /**
     * What the lost receipt of a description write must have said: the refreshed photo shows the text it holds
     * now, which our write put there over {@code previousText}. For sources whose write sets the description.
     */
    public static WriteReceipt descriptionSet(String accountId, RemotePhoto current, String previousText) {
        return new WriteReceipt(accountId, current.remoteId(), WriteAction.DESCRIPTION_SET, previousText,
                current.existingText(), List.of());
    }
}
