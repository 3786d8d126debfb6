/**
 * A photo folder on disk as an account ({@code type: folder}): {@link dev.autocaption.bot.connector.folder.FolderScanner}
 * lists the library without reading contents, {@link dev.autocaption.bot.connector.files.FileIndex} remembers
 * path, size, modification time and SHA-256 so only new or changed files are read, {@link
 * dev.autocaption.bot.connector.folder.XmpSidecar} reads and merges sidecars with Adobe XMPCore, {@link
 * dev.autocaption.bot.connector.folder.EmbeddedText} reads a person's description from the file itself, and
 * {@link dev.autocaption.bot.connector.folder.SidecarBackups} keeps what rollback restores. XMPCore,
 * metadata-extractor and Commons Imaging types never leave this package.
 */
package dev.autocaption.bot.connector.folder;
