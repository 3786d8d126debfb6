package dev.autocaption.store;

/**
 * A database failure: the store could not be opened, migrated, read or written. The message names the (masked)
 * JDBC URL and what was being done; the cause is the driver's exception.
 */
public final class StoreException extends RuntimeException {
    /**
     * @param message what failed, with the state that explains it
     * @param cause   the underlying failure, usually a {@link java.sql.SQLException}
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what failed, with the state that explains it */
    public StoreException(String message) {
        super(message);
    }
}
