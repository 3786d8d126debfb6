package dev.autocaption.bot.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands image arguments the way im2txt's {@code run_inference --input_files} did: each argument may be a
 * comma-separated list, and each item a path, a glob ({@code photos/*.jpg}, {@code **}{@code /*.png}) or a folder
 * (its image files, not its subfolders). Results keep the argument order; glob and folder matches are sorted.
 */
final class ImageArguments {
    /** What a folder argument takes: the endings of the formats the image decoder reads. */
    static final List<String> IMAGE_ENDINGS = List.of(".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp");

    private ImageArguments() {
    }

    /**
     * @throws CommandFailure ({@link ExitCode#INPUT}) when a glob matches nothing or a folder holds no image
     */
    static List<Path> expand(List<String> arguments, Path workingDirectory) {
        List<Path> out = new ArrayList<>();
        for (String argument : arguments) {
            for (String item : argument.split(",")) {
                if (!item.isBlank()) {
                    out.addAll(expandOne(item.strip(), workingDirectory));
                }
            }
        }
        return out;
    }

    private static List<Path> expandOne(String item, Path workingDirectory) {
        Path path = workingDirectory.resolve(item);
        if (Files.isDirectory(path)) {
            return folder(item, path);
        }
        if (!isGlob(item)) {
            return List.of(path);
        }
        String pattern = item.replace('\\', '/');
        int firstWild = indexOfWildcard(pattern);
        int slash = pattern.lastIndexOf('/', firstWild);
        Path base = workingDirectory.resolve(slash < 0 ? "." : pattern.substring(0, slash + 1)).normalize();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(slash + 1));
        List<Path> matches;
        try (Stream<Path> files = Files.walk(base)) {
            matches = files.filter(Files::isRegularFile).filter(p -> matcher.matches(base.relativize(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.INPUT, "cannot list " + base + " for '" + item + "': " + e.getMessage(),
                    e);
        }
        if (matches.isEmpty()) {
            throw new CommandFailure(ExitCode.INPUT, "no files match '" + item + "' (in " + base + ")");
        }
        return matches;
    }

    private static List<Path> folder(String item, Path folder) {
        List<Path> images;
        try (Stream<Path> files = Files.list(folder)) {
            images = files.filter(Files::isRegularFile).filter(ImageArguments::hasImageEnding).sorted().toList();
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.INPUT, "cannot list folder '" + item + "': " + e.getMessage(), e);
        }
        if (images.isEmpty()) {
            throw new CommandFailure(ExitCode.INPUT, "no images in folder '" + item + "' (" + folder
                    + "): looked for files ending in " + String.join(", ", IMAGE_ENDINGS));
        }
        return images;
    }

    private static boolean hasImageEnding(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMAGE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static boolean isGlob(String item) {
        return indexOfWildcard(item) >= 0;
    }

    private static int indexOfWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
