package dev.autocaption.bot.connector.folder;

import com.drew.imaging.ImageProcessingException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import dev.autocaption.bot.connector.SkippedPhoto;
import dev.autocaption.bot.connector.files.FileIndex;
import dev.autocaption.bot.connector.files.IndexedFile;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        FileIndex index = library.index();
        index.startPoll();
        Found found = new Found(new ArrayList<>(), new ArrayList<>(scan.skipped()), new HashSet<>());
        boolean more = false;
        try {
            for (FoundFile file : scan.files()) {
                if (found.photos().size() == MAX_NEW_PER_POLL) {
                    more = true;
                    break;
                }
                try {
                    look(file, found);
                } catch (IOException e) {
                    found.skipped().add(FolderScanner.skip(file.path(), SkipReason.UNREADABLE,
                            file.path() + ": " + FolderFailures.describe(e)));
                }
            }
        } finally {
            index.flush();
        }
        return new PollResult(found.photos(), found.skipped(), PollCursor.startingAt(clock.instant()), more);
    }

    /** What one poll hands the daemon, and the ids it already handed over. */
    private record Found(List<RemotePhoto> photos, List<SkippedPhoto> skipped, Set<String> reported) {
    }

    /**
     * Reports the file unless its photo was discovered before: an unchanged file is known without reading it; a
     * changed one is hashed, and known content (touched, renamed, copied) keeps its photo's id, as does a file
     * whose embedded XMP carries our marker (we embedded the caption; its new hash is ours).
     */
    private void look(FoundFile file, Found found) throws IOException {
        FileIndex index = library.index();
        Optional<IndexedFile> known = index.byPath(file.path());
        if (known.isPresent() && known.get().unchanged(file.size(), file.modified())) {
            report(file, known.get().remoteId(), false, found);
            return;
        }
        String sha256 = Hashes.sha256(file.image(), library.contents());
        Optional<IndexedFile> same = known.filter(entry -> entry.sha256().equals(sha256))
                .or(() -> index.bySha256(sha256));
        Optional<String> ours = same.isPresent() ? Optional.empty() : ourMarker(file);
        String remoteId = same.map(IndexedFile::remoteId)
                .or(() -> ours.filter(id -> !id.isEmpty()))
                .orElse(sha256.substring(0, 24));
        index.put(new IndexedFile(file.path(), file.size(), file.modified(), sha256, remoteId));
        report(file, remoteId, ours.isPresent(), found);
    }

    private void report(FoundFile file, String remoteId, boolean ours, Found found) {
        FileIndex index = library.index();
        if (index.discovered(remoteId) || !found.reported().add(remoteId)) {
            return;
        }
        index.reported(remoteId);
        if (ours) {
            found.skipped().add(new SkippedPhoto(remoteId, SkipReason.ALREADY_CAPTIONED, file.path()
                    + ": its embedded XMP carries our autocaption marker"));
            return;
        }
        found.photos().add(library.photo(remoteId, library.location(file), Instant.ofEpochMilli(file.modified()),
                textAtDiscovery(file, remoteId)));
    }

    /** Our marker's photo id in the file's embedded XMP ("" without one); empty when not ours or unreadable. */
    private Optional<String> ourMarker(FoundFile file) {
        if (!EmbeddedWriter.handles(file.path())) {
            return Optional.empty();
        }
        try {
            return EmbeddedText.ourPhotoId(file.image(), library.contents());
        } catch (IOException | ImageProcessingException e) {
            return Optional.empty();
        }
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
