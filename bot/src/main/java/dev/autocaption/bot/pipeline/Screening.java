package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.filter.Candidate;
import dev.autocaption.bot.filter.FilterDecision;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.StoredCaption;
import dev.autocaption.store.Transaction;
import java.sql.SQLException;
import java.util.List;

/**
 * Applies the account's filter to its {@code captioned} photos: {@code dropped}, {@code queued} for review, or
 * {@code approved} with an outbox entry, each photo in one transaction.
 */
public final class Screening {
    /** How many recent captions the repetition rule compares with. */
    static final int RECENT = 20;

    public void run(Cycle cycle) {
        List<Photo> photos = cycle.database().inTransaction(tx -> tx.photos().inState(cycle.accountId(),
                PhotoState.CAPTIONED, Captioning.MAX_PER_CYCLE));
        for (Photo photo : photos) {
            FilterDecision decision = cycle.database().inTransaction(tx -> screen(tx, cycle, photo));
            report(cycle, photo, decision);
        }
    }

    private static FilterDecision screen(Transaction tx, Cycle cycle, Photo photo) throws SQLException {
        List<StoredCaption> stored = tx.captions().latest(photo.id());
        List<String> recent = PipelineRows.recentCaptions(tx, cycle.accountId(), photo.id(), RECENT);
        FilterDecision decision = cycle.account().filter().decide(stored.stream().map(Candidate::of).toList(),
                recent);
        switch (decision.verdict()) {
            case DROP -> tx.photos().transition(photo.id(), PhotoState.CAPTIONED, PhotoState.DROPPED,
                    decision.reason());
            case QUEUE -> tx.photos().transition(photo.id(), PhotoState.CAPTIONED, PhotoState.QUEUED,
                    decision.reason());
            case POST -> {
                Photo approved = tx.photos().transition(photo.id(), PhotoState.CAPTIONED, PhotoState.APPROVED,
                        decision.reason());
                Outbox.enqueue(tx, cycle.account().config(), approved, stored.get(0), null, decision.text(),
                        cycle.runId());
            }
        }
        return decision;
    }

    private static void report(Cycle cycle, Photo photo, FilterDecision decision) {
        switch (decision.verdict()) {
            case DROP -> {
                cycle.counts().dropped();
                cycle.emit(PipelineEvent.Kind.DROPPED, photo.key(), decision.reason());
            }
            case QUEUE -> {
                cycle.counts().queued();
                cycle.emit(PipelineEvent.Kind.QUEUED, photo.key(), decision.reason());
            }
            case POST -> cycle.emit(PipelineEvent.Kind.APPROVED, photo.key(), decision.reason());
        }
    }
}
