/**
 * What a source that reads files (today the folder account) remembers of the files it has seen: path, size,
 * modification time and content hash, so that an unchanged file is not read again. Platform-neutral, so the
 * composition root can keep it in the store ({@link dev.autocaption.bot.connector.files.FileIndexes}, handed in
 * through {@link dev.autocaption.bot.connector.Connectors#provide}) without naming any platform.
 */
package dev.autocaption.bot.connector.files;
