package dev.autocaption.bot.connector.folder;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One poll of a folder account: list the tree, hash only the files whose size or modification time changed,
 * and return the contents never seen before. A renamed, copied or touched file has a known hash and is no new
 * photo. A file that vanishes or cannot be read is skipped with the reason; the poll goes on.
 */
final class FolderPoll {
    /** New photos returned per poll; the rest waits for the next call ({@link PollResult#more()}). */
    static final int MAX_NEW_PER_POLL = 1000;

    private final FolderLibrary library;
    private final FolderScanner scanner;
    private final Clock clock;

    FolderPoll(FolderLibrary library, Clock clock) {
        this.library = library;
        this.scanner = new FolderScanner(library.folder());
        this.clock = clock;
    }

    PollResult poll() throws ConnectorException {
        FolderScanner.Scan scan;
        try {
            scan = scanner.scan();
        } catch (IOException e) {
            throw new ConnectorException(FolderFailures.PLATFORM, library.account(), Operation.POLL, null,
                    Action.RETRY_LATER, null, "io", "cannot list " + library.folder().root() + ": "
                    + FolderFailures.describe(e) + " (unmounted?)", e);
        }
        List<RemotePhoto> photos = new ArrayList<>();
        List<SkippedPhoto> skipped = new ArrayList<>(scan.skipped());
        boolean more = false;
        for (FoundFile file : scan.files()) {
            if (photos.size() == MAX_NEW_PER_POLL) {
                more = true;
                break;
            }
            try {
                newPhoto(file).ifPresent(photos::add);
            } catch (IOException e) {
                skipped.add(FolderScanner.skip(file.path(), SkipReason.UNREADABLE,
                        file.path() + ": " + FolderFailures.describe(e)));
            }
        }
        return new PollResult(photos, skipped, PollCursor.startingAt(clock.instant()), more);
    }

    /** The file as a new photo, or empty when its content is known (unchanged, touched, renamed or copied). */
    private Optional<RemotePhoto> newPhoto(FoundFile file) throws IOException {
        Optional<IndexedFile> known = library.index().byPath(file.path());
        if (known.isPresent() && known.get().unchanged(file)) {
            return Optional.empty();
        }
        String sha256 = Hashes.sha256(file.image(), library.contents());
        Optional<IndexedFile> same = known.filter(entry -> entry.sha256().equals(sha256))
                .or(() -> library.index().bySha256(sha256));
        String remoteId = same.map(IndexedFile::remoteId).orElse(sha256.substring(0, 24));
        library.index().put(new IndexedFile(file.path(), file.size(), file.modified(), sha256, remoteId));
        if (same.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(library.photo(remoteId, library.location(file), Instant.ofEpochMilli(file.modified()),
                textAtDiscovery(file, remoteId)));
    }

    /**
     * The text the photo holds, for the daemon's first look. A sidecar that is not XMP or unreadable metadata
     * does not fail the poll: the photo is listed without text, and the check just before writing fails it with
     * the reason.
     */
    private FolderLibrary.Current textAtDiscovery(FoundFile file, String remoteId) {
        try {
            return library.current(library.location(file), remoteId, Operation.POLL);
        } catch (ConnectorException e) {
            return new FolderLibrary.Current(new XmpSidecar.Content(null, "", false), "");
        }
    }
}
