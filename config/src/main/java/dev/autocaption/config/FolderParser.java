package dev.autocaption.config;

import static dev.autocaption.config.Values.bool;
import static dev.autocaption.config.Values.choice;
import static dev.autocaption.config.Values.nullable;
import static dev.autocaption.config.Values.path;
import static dev.autocaption.config.Values.text;

import dev.autocaption.config.FolderConfig.SidecarName;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a {@code folder} account's keys: {@code root} (required, an existing directory), {@code include} and
 * {@code exclude} globs, {@code sidecar-name} and {@code embed}. On other account types these keys are errors.
 */
final class FolderParser {
    static final List<String> KEYS = List.of("root", "include", "exclude", "sidecar-name", "embed");

    private FolderParser() {
    }

    /** The folder settings, or null for other types, when the type is unknown, or when a problem was recorded. */
    static FolderConfig parse(Section account, AccountType type) {
        if (type != AccountType.FOLDER) {
            for (String key : KEYS) {
                if (type != null && account.isSet(key)) {
                    account.problem(key, "is only allowed for folder accounts");
                }
            }
            return null;
        }
        int problemsBefore = account.context().problems().size();
        Path root = account.require("root", "an existing directory", existingDirectory(account));
        List<String> include = account.list("include", List.of(), glob());
        List<String> exclude = account.list("exclude", List.of(), glob());
        SidecarName sidecarName = account.read("sidecar-name", SidecarName.BESIDE_EXTENSION,
                choice(SidecarName.values(), SidecarName::configName));
        boolean embed = account.read("embed", false, bool());
        if (root == null || account.context().problems().size() > problemsBefore) {
            return null;
        }
        return new FolderConfig(root, include, exclude, sidecarName, embed);
    }

    private static Converter<Path> existingDirectory(Section account) {
        Converter<Path> path = nullable(path(account.context().baseDirectory()));
        return value -> {
            Path root = path.convert(value);
            if (root != null && !Files.isDirectory(root)) {
                throw new InvalidValueException("must be an existing directory, was " + value.describe()
                        + (Files.exists(root) ? " (a file)" : " (not found as " + root.toAbsolutePath() + ")"));
            }
            return root == null ? null : root.toAbsolutePath();
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
