package dev.autocaption.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The settings of a {@code folder} account: the photo library on disk and how captions are written back.
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
    }
}
