package dev.autocaption.store;

import java.util.Objects;

/**
 * One row of a folder account's file index: the file at {@code path} had content {@code sha256} when it was
 * {@code size} bytes long and last modified at {@code modifiedMillis}, and that content is the photo
 * {@code remoteId}. A hint only (see {@link FileIndexRepository}).
 *
 * @param accountId      the account
 * @param path           relative to the account's root, {@code /} separators, at most 4000 characters
 * @param size           bytes
 * @param modifiedMillis modification time, epoch milliseconds
 * @param sha256         the content hash, 64 lowercase hex digits
 * @param remoteId       the photo's id
 */
public record IndexedFileRow(String accountId, String path, long size, long modifiedMillis, String sha256,
                             String remoteId) {
    /** The longest path the store keeps. */
    public static final int MAX_PATH = 4000;

    public IndexedFileRow {
        Checks.notBlank(accountId, "accountId");
        Checks.notBlank(path, "path");
        Checks.notBlank(remoteId, "remoteId");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits, was " + sha256);
        }
        if (path.length() > MAX_PATH) {
            throw new IllegalArgumentException("path must be at most " + MAX_PATH + " characters, was "
                    + path.length());
        }
    }
}
