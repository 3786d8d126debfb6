package dev.autocaption.bot.hostile;

import dev.autocaption.store.HistoryEntry;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every photo a hostile input put on a simulator, with what may become of it; {@link #audit} checks each one in
 * the store, the history and the simulator's request log, and returns one line per problem naming the input.
 */
final class Ledger {
    /** One seeded photo: which input, where, and where it may end. */
    record Entry(String family, String input, String accountId, String remoteId, boolean flickr,
                 Set<Expected> allowed) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String family, String input, String accountId, String remoteId, boolean flickr, Set<Expected> allowed) {
        entries.add(new Entry(family, input, accountId, remoteId, flickr, allowed));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Checks every entry; counts what went wrong in the tally (inputs are counted by the catalogue). */
    List<String> audit(HostileWorld world, Tally tally) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, HistoryEntry>> history = new java.util.HashMap<>();
        for (Entry entry : entries) {
            Map<String, HistoryEntry> rows = history.computeIfAbsent(entry.accountId(), world::history);
            String problem = problem(world, entry, rows.get(entry.remoteId()), tally);
            if (problem != null) {
                problems.add("input " + entry.input() + " (" + entry.accountId() + "/" + entry.remoteId() + "): "
                        + problem);
            }
        }
        return problems;
    }

    private static String problem(HostileWorld world, Entry entry, HistoryEntry row, Tally tally) {
        Optional<Photo> stored = world.photo(entry.accountId(), entry.remoteId());
        if (stored.isEmpty() && entry.allowed().contains(Expected.NOT_DISCOVERED)) {
            return null;
        }
        if (stored.isEmpty() || row == null) {
            tally.lost();
            return stored.isEmpty() ? "lost: not in the store" : "lost: not in the history";
        }
        Photo photo = stored.get();
        int writes = entry.flickr() ? world.flickrWrites(entry.remoteId()) : world.graphWrites(entry.remoteId());
        int expectedWrites = photo.state() == PhotoState.POSTED ? 1 : 0;
        if (writes != expectedWrites) {
            tally.wrongWrite();
            return writes + " write(s) for a photo that is " + describe(photo) + ", expected " + expectedWrites;
        }
        if (photo.state().requiresReason() && (row.reason() == null || row.reason().isBlank())) {
            tally.wrongOutcome();
            return describe(photo) + " without a reason in the history";
        }
        if (entry.allowed().stream().noneMatch(expected -> expected.matches(photo, row))) {
            tally.wrongOutcome();
            return "expected " + entry.allowed() + ", was " + describe(photo);
        }
        return null;
    }

    private static String describe(Photo photo) {
        return photo.state().code() + (photo.reason() == null ? "" : " (" + abbreviate(photo.reason()) + ")")
                + (photo.attempts() > 0 ? " after " + photo.attempts() + " attempt(s)" : "");
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
