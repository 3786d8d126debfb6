package dev.autocaption.config;

import static dev.autocaption.config.Values.bool;
import static dev.autocaption.config.Values.identifier;
import static dev.autocaption.config.Values.nullable;
import static dev.autocaption.config.Values.path;
import static dev.autocaption.config.Values.text;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one of a platform's own account keys by its {@link SettingKind}: the problem line names what was seen and
 * what the kind expects. Returns null when the key is absent or its value was wrong (then a problem is recorded).
 */
final class SettingValues {
    private SettingValues() {
    }

    static Object read(Section account, String key, SettingKind kind) {
        return switch (kind.kind()) {
            case IDENTIFIER -> account.read(key, null, nullable(identifier()));
            case TEXT -> account.read(key, null, nullable(text()));
            case CHOICE -> account.read(key, null, nullable(choice(kind)));
            case DIRECTORY -> account.read(key, null, nullable(existingDirectory(account.context().baseDirectory())));
            case GLOBS -> account.list(key, null, glob());
            case BOOLEAN -> account.read(key, null, nullable(bool()));
        };
    }

    private static Converter<String> choice(SettingKind kind) {
        return value -> {
            String text = text().convert(value);
            if (!kind.choices().contains(text)) {
                throw new InvalidValueException("must be one of " + String.join(", ", kind.choices()) + ", was "
                        + value.describe());
            }
            return text;
        };
    }

    private static Converter<Path> existingDirectory(Path baseDirectory) {
        Converter<Path> path = path(baseDirectory);
        return value -> {
            Path directory = path.convert(value).toAbsolutePath();
            if (!Files.isDirectory(directory)) {
                throw new InvalidValueException("must be an existing directory, was " + value.describe()
                        + (Files.exists(directory) ? " (a file)" : " (not found as " + directory + ")"));
            }
            return directory;
        };
    }

    private static Converter<String> glob() {
        return value -> {
            String glob = text().convert(value);
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (PatternSyntaxException e) {
                throw new InvalidValueException("must be a glob such as **/*.jpg, was " + value.describe() + " ("
                        + e.getDescription() + " near index " + e.getIndex() + ")");
            }
            return glob;
        };
    }
}
