package dev.autocaption.bot.web;

import dev.autocaption.bot.approval.SeenState;
import dev.autocaption.store.CaptionGeneration;
import dev.autocaption.store.Database;
import dev.autocaption.store.DetectedObject;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.StoredCaption;
import java.util.ArrayList;
import java.util.List;

/** The photos waiting for a decision, as the queue page shows them, read in one transaction. */
final class ReviewQueue {
    /** One queued photo: its newest captioning's candidates and detections, and what the page shows of it. */
    record Item(Photo photo, List<StoredCaption> candidates, List<DetectedObject> detections, SeenState seen) {
    }

    private ReviewQueue() {
    }

    /** The queued photos (of one account, or all for null), longest-waiting first. */
    static List<Item> read(Database database, String account, int limit) {
        return database.inTransaction(tx -> {
            List<Item> items = new ArrayList<>();
            for (Photo photo : tx.photos().inState(account, PhotoState.QUEUED, limit)) {
                List<DetectedObject> detections = tx.captions().latestGeneration(photo.id())
                        .map(CaptionGeneration::detections).orElse(List.of());
                items.add(new Item(photo, tx.captions().latest(photo.id()), detections, SeenState.of(tx, photo)));
            }
            return items;
        });
    }
}
