package dev.autocaption.bot.connector.folder;

import com.adobe.internal.xmp.XMPException;
import com.drew.imaging.ImageProcessingException;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.files.FileIndex;
import dev.autocaption.bot.connector.files.IndexedFile;
import dev.autocaption.bot.connector.folder.FolderConfig.SidecarName;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One folder account's files: where a photo and its sidecar are now, and what text they hold. Shared by the
 * poll and the writes of {@link FolderPhotoSource}.
 */
final class FolderLibrary {
    /** Where a photo is now. */
    record Location(String path, Path file, Path image, Path sidecar) {
    }

    /** The text a photo holds now: its sidecar, and the description embedded in the file. */
    record Current(XmpSidecar.Content sidecar, String embedded) {
        String text() {
            return sidecar.description().isBlank() ? embedded : sidecar.description();
        }
    }

    private final String account;
    private final FolderConfig folder;
    private final FileContents contents;
    private final FileIndex index;

    FolderLibrary(String account, FolderConfig folder, FileContents contents, FileIndex index) {
        this.account = account;
        this.folder = folder;
        this.contents = contents;
        this.index = index;
    }

    String account() {
        return account;
    }

    FolderConfig folder() {
        return folder;
    }

    FileContents contents() {
        return contents;
    }

    FileIndex index() {
        return index;
    }

    /** The sidecar of a photo path, in the account's layout. */
    Path sidecarOf(String path) {
        String name = folder.sidecarName() == SidecarName.BESIDE_EXTENSION ? path + ".xmp"
                : FolderScanner.stem(path) + ".xmp";
        return folder.root().resolve(name);
    }

    Location location(FoundFile file) {
        return new Location(file.path(), file.file(), file.image(), sidecarOf(file.path()));
    }

    /**
     * Where the photo is now: where it was found, or, when it was renamed or moved since, where the index last saw
     * the same content.
     */
    Location locate(RemotePhoto photo, Operation operation) throws ConnectorException {
        Path image = Path.of(photo.imageUri());
        String path = photo.title();
        if (Files.exists(image)) {
            return new Location(path, folder.root().resolve(path), image, sidecarOf(path));
        }
        Optional<IndexedFile> moved = index.byRemoteId(photo.remoteId());
        if (moved.isPresent() && Files.exists(folder.root().resolve(moved.get().path()))) {
            Path file = folder.root().resolve(moved.get().path());
            return new Location(moved.get().path(), file, file, sidecarOf(moved.get().path()));
        }
        throw FolderFailures.ofPhoto(account, operation, photo.remoteId(),
                new java.nio.file.NoSuchFileException(image.toString()));
    }

    /**
     * Reads the sidecar and the description embedded in the image (for a RAW file: in its JPEG preview, which
     * carries the camera's metadata); either failing fails this photo.
     */
    Current current(Location location, String remoteId, Operation operation) throws ConnectorException {
        XmpSidecar.Content sidecar;
        try {
            sidecar = XmpSidecar.read(location.sidecar(), contents);
        } catch (XMPException e) {
            throw FolderFailures.invalid(account, operation, remoteId, "sidecar " + location.sidecar()
                    + " is not valid XMP (" + e.getMessage() + "); fix or remove it, then retry the photo", e);
        } catch (IOException e) {
            throw FolderFailures.ofPhoto(account, operation, remoteId, e);
        }
        try {
            return new Current(sidecar, EmbeddedText.read(location.image(), contents));
        } catch (ImageProcessingException e) {
            throw FolderFailures.invalid(account, operation, remoteId, "cannot read the metadata of "
                    + location.image() + " (" + e.getMessage() + "), so a description in it cannot be ruled out", e);
        } catch (IOException e) {
            throw FolderFailures.ofPhoto(account, operation, remoteId, e);
        }
    }

    /** The photo as the daemon sees it. */
    RemotePhoto photo(String remoteId, Location location, java.time.Instant modified, Current current) {
        URI image = location.image().toUri();
        return new RemotePhoto(account, remoteId, image, modified, location.path(), current.text(), List.of(),
                current.sidecar().marked(), null);
    }
}
