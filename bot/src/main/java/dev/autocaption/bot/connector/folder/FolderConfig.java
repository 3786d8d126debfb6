package dev.autocaption.bot.connector.folder;

import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.AccountSettings;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.PatternSyntaxException;

/**
 * The settings of a {@code folder} account, parsed from the account's own keys ({@link AccountConfig#settings()},
 * already checked by kind when the config was loaded, the root's existence included; the globs and the layout are
 * checked again here, so an account built in code gets the same clear errors). A root that vanished later is the
 * poll's business (the account backs off).
 *
 * @param root        the library's top directory, absolute; scanned recursively, hidden folders skipped
 * @param include     globs (relative to the root, {@code java.nio} glob syntax) a file must match to be a photo;
 *                    empty means every file
 * @param exclude     globs of files never captioned, checked after {@link #include()}
 * @param sidecarName where the XMP sidecar of {@code IMG_0001.jpg} lives
 * @param embed       also write the description into the image file itself (XMP, IPTC and EXIF kept in sync),
 *                    keeping a backup of the original bytes
 */
public record FolderConfig(Path root, List<String> include, List<String> exclude, SidecarName sidecarName,
                           boolean embed) {

    public FolderConfig {
        Objects.requireNonNull(root, "root");
        include = List.copyOf(Objects.requireNonNull(include, "include"));
        exclude = List.copyOf(Objects.requireNonNull(exclude, "exclude"));
        Objects.requireNonNull(sidecarName, "sidecarName");
        if (!root.isAbsolute()) {
            throw new IllegalArgumentException("root must be an absolute path, was " + root);
        }
        include.forEach(FolderConfig::checkGlob);
        exclude.forEach(FolderConfig::checkGlob);
    }

    /**
     * The folder settings of an account.
     *
     * @throws IllegalArgumentException naming the key, what was seen and what was expected, when the account is
     *                                  not a folder account or a setting is missing or wrong
     */
    public static FolderConfig of(AccountConfig account) {
        if (!account.type().equals(FolderPlatform.TYPE)) {
            throw new IllegalArgumentException("account " + account.id() + " is a " + account.type()
                    + " account, not a folder account");
        }
        AccountSettings settings = account.settings();
        Path root = settings.path(FolderPlatform.ROOT);
        if (root == null) {
            throw new IllegalArgumentException("account " + account.id() + ": root is required for folder accounts");
        }
        String sidecar = settings.text(FolderPlatform.SIDECAR_NAME);
        return new FolderConfig(root.toAbsolutePath(), settings.list(FolderPlatform.INCLUDE),
                settings.list(FolderPlatform.EXCLUDE),
                sidecar == null ? SidecarName.BESIDE_EXTENSION : SidecarName.of(sidecar),
                settings.bool(FolderPlatform.EMBED, false));
    }

    /** These settings as an account's own keys (the inverse of {@link #of}). */
    public AccountSettings settings() {
        return AccountSettings.none().with(FolderPlatform.ROOT, root).with(FolderPlatform.INCLUDE, include)
                .with(FolderPlatform.EXCLUDE, exclude).with(FolderPlatform.SIDECAR_NAME, sidecarName.configName())
                .with(FolderPlatform.EMBED, embed);
    }

    private static void checkGlob(String glob) {
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("must be a glob such as **/*.jpg, was " + glob + " ("
                    + e.getDescription() + " near index " + e.getIndex() + ")");
        }
    }

    /** The sidecar layout ({@code accounts[].sidecar-name}). */
    public enum SidecarName {
        /** {@code IMG_0001.jpg.xmp}, as darktable and digiKam write it (the default). */
        BESIDE_EXTENSION("beside-extension"),
        /** {@code IMG_0001.xmp}, as Lightroom writes it. */
        REPLACE_EXTENSION("replace-extension");

        private final String configName;

        SidecarName(String configName) {
            this.configName = configName;
        }

        /** The spelling used in the YAML file. */
        public String configName() {
            return configName;
        }

        static String[] configNames() {
            return Arrays.stream(values()).map(SidecarName::configName).toArray(String[]::new);
        }

        static SidecarName of(String configName) {
            return Arrays.stream(values()).filter(name -> name.configName.equals(configName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("sidecar-name must be one of "
                            + String.join(", ", configNames()) + ", was " + configName));
        }
    }
}
