package dev.autocaption.bot.connector.folder;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns file-system failures of a folder account into {@link ConnectorException}s that say what to do. */
final class FolderFailures {
    static final String PLATFORM = "folder";

    private FolderFailures() {
    }

    /**
     * A failure of one photo. A missing or forbidden file, or a read-only folder, is permanent for that photo
     * (the person must act); any other I/O error may pass (a network share coming back) and is retried.
     */
    static ConnectorException ofPhoto(String account, Operation operation, String remoteId, IOException e) {
        Action action = e instanceof FileSystemException ? Action.GIVE_UP : Action.RETRY_LATER;
        return new ConnectorException(PLATFORM, account, operation, remoteId, action, null, code(e), describe(e), e);
    }

    /** A permanent problem of one photo that is not an I/O error (a sidecar that is not XMP). */
    static ConnectorException invalid(String account, Operation operation, String remoteId, String problem,
                                      Exception cause) {
        return new ConnectorException(PLATFORM, account, operation, remoteId, Action.GIVE_UP, null, "invalid",
                problem, cause);
    }

    /** What went wrong, in words, naming the file. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "vanished: " + missing.getFile() + " no longer exists";
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason());
        }
        return e.toString();
    }

    private static String code(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "vanished";
        }
        return e instanceof AccessDeniedException ? "denied" : "io";
    }
}
