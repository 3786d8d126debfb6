package dev.autocaption.bot.connector.folder;

import dev.autocaption.bot.connector.SkippedPhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Lists a folder account's photos from directory entries alone (names, sizes, modification times; no content):
 * recursive, hidden files and folders skipped, {@code include} / {@code exclude} globs applied to the path relative
 * to the root. Formats without an ImageIO reader and RAW files without a JPEG preview are skipped with the reason.
 */
final class FolderScanner {
    static final List<String> ALWAYS_READ = List.of("jpg", "jpeg", "png");
    static final List<String> READ_WHERE_SUPPORTED = List.of("webp", "heic", "heif");
    static final List<String> RAW = List.of("cr2", "nef", "arw", "dng", "raf", "orf", "rw2");
    private static final List<String> PREVIEWS = List.of("jpg", "JPG", "jpeg", "JPEG");

    /** What one scan listed. */
    record Scan(List<FoundFile> files, List<SkippedPhoto> skipped) {
    }

    private final Path root;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    FolderScanner(FolderConfig folder) {
        this.root = folder.root();
        this.include = matchers(folder.include());
        this.exclude = matchers(folder.exclude());
    }

    /** Lists the tree; an unreadable sub-folder is one skip, an unreadable root an {@link IOException}. */
    Scan scan() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        List<SkippedPhoto> skipped = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file)) {
                    files.put(relative(file), file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                skipped.add(skip(relative(file), SkipReason.UNREADABLE, "cannot list: " + FolderFailures.describe(e)));
                return FileVisitResult.CONTINUE;
            }
        });
        return select(files, skipped);
    }

    private Scan select(Map<String, Path> files, List<SkippedPhoto> skipped) {
        List<FoundFile> found = new ArrayList<>();
        List<String> previews = new ArrayList<>();
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            String path = entry.getKey();
            String extension = extension(path);
            if (!wanted(path) || !(ALWAYS_READ.contains(extension) || READ_WHERE_SUPPORTED.contains(extension)
                    || RAW.contains(extension))) {
                continue;
            }
            if (RAW.contains(extension)) {
                String preview = preview(path, files);
                if (preview == null) {
                    skipped.add(skip(path, SkipReason.UNSUPPORTED_FORMAT, path + ": a RAW file without a JPEG "
                            + "preview of the same name beside it (looked for " + stem(path) + ".jpg)"));
                } else {
                    previews.add(preview);
                    found.add(entry(path, entry.getValue(), files.get(preview)));
                }
            } else if (READ_WHERE_SUPPORTED.contains(extension) && !ImageIO.getImageReadersBySuffix(extension)
                    .hasNext()) {
                skipped.add(skip(path, SkipReason.UNSUPPORTED_FORMAT, path + ": no ImageIO reader for ." + extension
                        + " is installed"));
            } else {
                found.add(entry(path, entry.getValue(), entry.getValue()));
            }
        }
        found.removeIf(file -> previews.contains(file.path()));
        return new Scan(found, skipped);
    }

    private static FoundFile entry(String path, Path file, Path image) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(image, BasicFileAttributes.class);
            return new FoundFile(path, file, image, attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            // vanished between listing and now: the hash step reports it
            return new FoundFile(path, file, image, -1, -1);
        }
    }

    private static String preview(String rawPath, Map<String, Path> files) {
        return PREVIEWS.stream().map(extension -> stem(rawPath) + "." + extension).filter(files::containsKey)
                .findFirst().orElse(null);
    }

    private boolean wanted(String path) {
        Path relative = Path.of(path);
        return (include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative)))
                && exclude.stream().noneMatch(m -> m.matches(relative));
    }

    static SkippedPhoto skip(String path, SkipReason reason, String detail) {
        return new SkippedPhoto(FolderPhotoSource.pathId(path), reason, detail);
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < path.lastIndexOf('/') + 1 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String stem(String path) {
        int dot = path.lastIndexOf('.');
        return dot < path.lastIndexOf('/') + 1 ? path : path.substring(0, dot);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
    }
}
