package dev.autocaption.inference.detector.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Model files on disk that passed their pinned hashes.
 *
 * @param modelPackage what they are
 * @param directory    where they are
 * @param sha256       file name → verified SHA-256
 */
public record InstalledModel(ModelPackage modelPackage, Path directory, Map<String, String> sha256) {
    public InstalledModel {
        Objects.requireNonNull(modelPackage, "modelPackage");
        Objects.requireNonNull(directory, "directory");
        sha256 = Map.copyOf(sha256);
    }

    /** The TF.js graph JSON; its weight shards sit beside it. */
    public Path graphJson() {
        return directory.resolve(modelPackage.graphFile().fileName());
    }

    /** Where converted graphs are cached. */
    public Path cacheDirectory() {
        return directory.resolve("cache");
    }

    /** e.g. {@code nanodet-g-416-4495eb0e}: the model name plus the start of the graph file's hash. */
    public String modelId() {
        return modelPackage.modelName() + "-" + modelPackage.graphFile().sha256().substring(0, 8);
    }
}
