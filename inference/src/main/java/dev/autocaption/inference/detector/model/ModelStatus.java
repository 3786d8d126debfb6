package dev.autocaption.inference.detector.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Whether a known model is installed, for {@code autocaption models list}.
 *
 * @param modelPackage   the model
 * @param directory      where it is or would be installed
 * @param installed      true when every file is present and matches its pinned hash
 * @param sha256         file name → verified hash (empty when not installed)
 * @param problem        why it is not installed (missing or mismatching files); null when installed
 * @param installCommand the command that installs it
 */
public record ModelStatus(ModelPackage modelPackage, Path directory, boolean installed, Map<String, String> sha256,
                          String problem, String installCommand) {
    public ModelStatus {
        Objects.requireNonNull(modelPackage, "modelPackage");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(installCommand, "installCommand");
        sha256 = Map.copyOf(sha256);
        if (installed == (problem != null)) {
            throw new IllegalArgumentException("an installed model has no problem and vice versa, was installed="
                    + installed + " problem=" + problem);
        }
    }

    /** One line, e.g. {@code detector  nanodet-g-416  installed in models/detector (nanodet.bin 5d0e4f8c…)}. */
    public String describe() {
        String head = modelPackage.name() + "  " + modelPackage.modelName() + "  ";
        if (!installed) {
            return head + "not installed in " + directory + " (" + problem + "); install with: " + installCommand;
        }
        StringBuilder line = new StringBuilder(head + "installed in " + directory + " (");
        new TreeMap<>(sha256).forEach((file, hash) -> line.append(file).append(" sha256 ").append(hash)
                .append(", "));
        line.setLength(line.length() - 2);
        return line.append(')').toString();
    }
}
