package dev.autocaption.bot.connector.files;

/**
 * Where sources that read files (folder accounts) keep their {@link FileIndex}: the composition root provides one over the store through
 * {@link dev.autocaption.bot.connector.Connectors#provide}, so a restart does not hash a whole library again;
 * without one, each source keeps a {@link MemoryFileIndex}.
 */
@FunctionalInterface
public interface FileIndexes {

    /** The index of one account. */
    FileIndex open(String accountId);
}
