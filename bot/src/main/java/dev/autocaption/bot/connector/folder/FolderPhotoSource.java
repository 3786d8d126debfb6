package dev.autocaption.bot.connector.folder;

import com.adobe.internal.xmp.XMPException;
import dev.autocaption.bot.connector.CaptionWrite;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.bot.connector.files.FileIndex;
import dev.autocaption.bot.connector.files.FileIndexes;
import dev.autocaption.bot.connector.files.IndexedFile;
import dev.autocaption.bot.connector.files.MemoryFileIndex;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.WriteMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A photo folder on disk as an account. Photos are identified by their content (the first 24 hex digits of the
 * SHA-256 of the image bytes), so a rename or a touch is no new photo. Captions go into the photo's XMP sidecar,
 * never over a description a person wrote (checked again just before writing), with a backup that
 * {@link #undo} restores byte for byte. The marker ({@code autocaption:status}, {@code model},
 * {@code captionedAt}) lives in the sidecar, so a write whose receipt was lost in a crash is recognised.
 * Thread-safe for the daemon's use: one poll or write of the account at a time.
 */
public final class FolderPhotoSource implements PhotoSource {
    private final AccountConfig account;
    private final FolderConfig folder;
    private final FolderLibrary library;
    private final FolderPoll poll;
    private final SidecarBackups backups;
    private final Clock clock;

    /**
     * Reads the disk, with the file index the composition root provides ({@link FileIndexes}, kept in the store),
     * else one kept for the life of this source.
     */
    public static PhotoSource create(AccountConfig account, ConnectorRuntime runtime, Connectors connectors) {
        FileIndex index = connectors.provided(FileIndexes.class).map(indexes -> indexes.open(account.id()))
                .orElseGet(MemoryFileIndex::new);
        return new FolderPhotoSource(account, runtime.clock(), FileContents.DISK, index);
    }

    FolderPhotoSource(AccountConfig account, Clock clock, FileContents contents, FileIndex index) {
        this.account = Objects.requireNonNull(account, "account");
        this.folder = FolderConfig.of(account);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.library = new FolderLibrary(account.id(), folder, contents, index);
        this.poll = new FolderPoll(library, clock);
        this.backups = new SidecarBackups(folder.root());
    }

    /** The id a file that could not be hashed is reported under: derived from its path. */
    static String pathId(String path) {
        return "path-" + Hashes.sha256(path).substring(0, 24);
    }

    @Override
    public AccountConfig account() {
        return account;
    }

    @Override
    public String platform() {
        return FolderPlatform.FAMILY;
    }

    /**
     * A lost receipt of ours set the sidecar's description (the refreshed photo shows it); rollback finds the
     * backup by the photo's id, so the receipt needs no sidecar path.
     */
    @Override
    public WriteReceipt reconciledReceipt(RemotePhoto current, String previousText) {
        return WriteReceipt.descriptionSet(account.id(), current, previousText);
    }

    @Override
    public PollResult poll(PollCursor cursor) throws ConnectorException {
        return poll.poll();
    }

    @Override
    public byte[] openImage(RemotePhoto photo) throws ConnectorException {
        FolderLibrary.Location location = library.locate(photo, Operation.OPEN_IMAGE);
        try {
            return library.contents().readAll(location.image());
        } catch (IOException e) {
            throw FolderFailures.ofPhoto(account.id(), Operation.OPEN_IMAGE, photo.remoteId(), e);
        }
    }

    @Override
    public RemotePhoto refresh(RemotePhoto photo) throws ConnectorException {
        FolderLibrary.Location location = library.locate(photo, Operation.REFRESH);
        FolderLibrary.Current current = library.current(location, photo.remoteId(), Operation.REFRESH);
        return library.photo(photo.remoteId(), location, photo.uploadedAt(), current);
    }

    @Override
    public WriteReceipt write(RemotePhoto photo, CaptionWrite caption) throws ConnectorException {
        String text = caption.text();
        if (account.write() == WriteMode.NONE) {
            return WriteReceipt.unchanged(photo, WriteAction.READ_ONLY);
        }
        if (photo.markedProcessed()) {
            return WriteReceipt.unchanged(photo, WriteAction.ALREADY_DONE);
        }
        FolderLibrary.Location location = library.locate(photo, Operation.WRITE);
        FolderLibrary.Current current = library.current(location, photo.remoteId(), Operation.WRITE);
        if (current.sidecar().marked()) {
            return WriteReceipt.unchanged(photo, WriteAction.ALREADY_DONE);
        }
        if (!current.text().isBlank()) {
            return WriteReceipt.unchanged(photo.withCurrent(photo.title(), current.text(), List.of(), false),
                    WriteAction.TEXT_PRESENT);
        }
        String sidecar = relative(location.sidecar());
        try {
            backups.keep(photo.remoteId(), sidecar, current.sidecar().bytes());
            if (folder.embed() && EmbeddedWriter.handles(location.path())) {
                embed(photo.remoteId(), location, caption);
            }
            replace(photo.remoteId(), location.sidecar(),
                    XmpSidecar.withCaption(current.sidecar().bytes(), caption, photo.remoteId(), clock.instant()));
        } catch (XMPException e) {
            throw FolderFailures.invalid(account.id(), Operation.WRITE, photo.remoteId(), "cannot merge into "
                    + location.sidecar() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw FolderFailures.ofPhoto(account.id(), Operation.WRITE, photo.remoteId(), e);
        }
        return new WriteReceipt(account.id(), photo.remoteId(), WriteAction.DESCRIPTION_SET, "", text,
                List.of(sidecar));
    }

    @Override
    public WriteReceipt markProcessed(RemotePhoto photo, CaptionWrite caption) throws ConnectorException {
        String modelId = caption.author();
        FolderLibrary.Location location = library.locate(photo, Operation.MARK);
        try {
            if (backups.find(photo.remoteId()).isEmpty()) {
                return WriteReceipt.unchanged(photo, WriteAction.NO_REMOTE_MARKER);
            }
            byte[] bytes = Files.readAllBytes(location.sidecar());
            if (modelId.equals(XmpSidecar.model(bytes))) {
                return WriteReceipt.unchanged(photo, WriteAction.ALREADY_DONE);
            }
            replace(photo.remoteId(), location.sidecar(), XmpSidecar.withModel(bytes, modelId));
        } catch (XMPException e) {
            throw FolderFailures.invalid(account.id(), Operation.MARK, photo.remoteId(), "cannot add the model to "
                    + location.sidecar() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw FolderFailures.ofPhoto(account.id(), Operation.MARK, photo.remoteId(), e);
        }
        return new WriteReceipt(account.id(), photo.remoteId(), WriteAction.MARKER_ADDED, "", "",
                List.of(relative(location.sidecar())));
    }

    /**
     * Puts the sidecar back as it was before our first write, or deletes the one we created. Both the write's and
     * the marker's receipt lead here; the second finds nothing left to do.
     */
    @Override
    public void undo(WriteReceipt receipt) throws ConnectorException {
        try {
            Optional<SidecarBackups.Backup> backup = backups.find(receipt.remoteId());
            if (backup.isEmpty()) {
                return;
            }
            Path sidecar = folder.root().resolve(backup.get().sidecar());
            String now = Files.exists(sidecar) ? Hashes.sha256(Files.readAllBytes(sidecar)) : "";
            if (!now.equals(backup.get().written())) {
                throw FolderFailures.invalid(account.id(), Operation.UNDO, receipt.remoteId(), sidecar
                        + " changed since we wrote it; left as it is (we never overwrite a person's edit)", null);
            }
            if (backup.get().image() != null && !backup.get().imageWritten().isEmpty()) {
                restoreImage(receipt.remoteId(), backup.get());
            }
            if (backup.get().original() == null) {
                Files.delete(sidecar);
            } else {
                XmpSidecar.writeAtomically(sidecar, backup.get().original());
            }
            backups.forget(receipt.remoteId());
        } catch (IOException e) {
            throw FolderFailures.ofPhoto(account.id(), Operation.UNDO, receipt.remoteId(), e);
        }
    }

    /** Writes the description into the JPEG itself, keeping its original bytes; the index learns the new content. */
    private void embed(String remoteId, FolderLibrary.Location location, CaptionWrite caption)
            throws IOException, XMPException {
        byte[] original = Files.readAllBytes(location.file());
        backups.keepImage(remoteId, location.path(), original);
        byte[] embedded = EmbeddedWriter.embed(original, caption, remoteId, clock.instant());
        XmpSidecar.writeAtomically(location.file(), embedded);
        backups.recordImageWritten(remoteId, embedded);
        relearn(remoteId, location.path(), location.file(), embedded);
    }

    private void relearn(String remoteId, String path, Path file, byte[] content) throws IOException {
        library.index().put(new IndexedFile(path, Files.size(file), Files.getLastModifiedTime(file).toMillis(),
                Hashes.sha256(content), remoteId));
        library.index().flush();
    }

    private void restoreImage(String remoteId, SidecarBackups.Backup backup) throws IOException,
            ConnectorException {
        Path image = folder.root().resolve(backup.image());
        String now = Files.exists(image) ? Hashes.sha256(Files.readAllBytes(image)) : "";
        if (!now.equals(backup.imageWritten())) {
            throw FolderFailures.invalid(account.id(), Operation.UNDO, remoteId, image
                    + " changed since we embedded the description; left as it is", null);
        }
        byte[] original = backups.imageOriginal(remoteId);
        XmpSidecar.writeAtomically(image, original);
        relearn(remoteId, backup.image(), image, original);
    }

    private void replace(String remoteId, Path sidecar, byte[] bytes) throws IOException {
        XmpSidecar.writeAtomically(sidecar, bytes);
        backups.recordWritten(remoteId, bytes);
    }

    private String relative(Path file) {
        return folder.root().relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
