package dev.autocaption.bot.connector.flickr;

import com.flickr4java.flickr.photos.Photo;
import com.flickr4java.flickr.photos.PhotosInterface;
import com.flickr4java.flickr.tags.Tag;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.WriteReceipt;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reverses Flickr receipts: restores the previous description, or removes our marker tags by their tag ids. */
final class FlickrUndo {

    private final FlickrCalls calls;
    private final PhotosInterface photos;
    private final String account;

    FlickrUndo(FlickrCalls calls, PhotosInterface photos, String account) {
        this.calls = calls;
        this.photos = photos;
        this.account = account;
    }

    void undo(WriteReceipt receipt) throws ConnectorException {
        if (!receipt.account().equals(account)) {
            throw new IllegalArgumentException("receipt of account " + receipt.account() + " given to " + account);
        }
        switch (receipt.action()) {
            case DESCRIPTION_SET -> restoreDescription(receipt);
            case MARKER_ADDED -> removeMarkers(receipt);
            case POST_MESSAGE_SET, COMMENT_ADDED, COMMENT_ADOPTED ->
                    throw new IllegalArgumentException("not a Flickr receipt: " + receipt.action());
            default -> {
                // nothing was changed remotely
            }
        }
    }

    private void restoreDescription(WriteReceipt receipt) throws ConnectorException {
        String id = receipt.remoteId();
        Photo info = calls.call(Operation.UNDO, id, () -> photos.getInfo(id, null));
        String current = FlickrPhotos.text(info.getDescription());
        if (!current.equals(receipt.writtenText())) {
            throw calls.failure(Operation.UNDO, id, Action.GIVE_UP, null, "the description changed since we wrote"
                    + " it (now " + current.length() + " chars, we wrote " + receipt.writtenText().length()
                    + "); not overwriting someone else's edit", null);
        }
        String title = FlickrPhotos.text(info.getTitle());
        calls.call(Operation.UNDO, id, () -> {
            photos.setMeta(id, title, receipt.previousText());
            return null;
        });
    }

    private void removeMarkers(WriteReceipt receipt) throws ConnectorException {
        String id = receipt.remoteId();
        Set<String> ours = receipt.remoteRefs().stream().map(MarkerTags::normalise).collect(Collectors.toSet());
        Photo info = calls.call(Operation.UNDO, id, () -> photos.getInfo(id, null));
        List<Tag> matching = info.getTags().stream()
                .filter(tag -> tag.getValue() != null && ours.contains(MarkerTags.normalise(tag.getValue())))
                .toList();
        for (Tag tag : matching) {
            calls.call(Operation.UNDO, id, () -> {
                photos.removeTag(tag.getId());
                return null;
            });
        }
    }
}
