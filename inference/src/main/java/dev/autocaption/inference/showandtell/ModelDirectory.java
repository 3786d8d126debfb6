package dev.autocaption.inference.showandtell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.checkpoint.Checkpoint;
import dev.autocaption.inference.domain.DomainFile;
import dev.autocaption.inference.domain.DomainStatistics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a model from what the user gave: a directory with {@code model.json} beside its checkpoint and vocabulary,
 * or a bare checkpoint prefix (meaning the published im2txt architecture) with a vocabulary file (default: {@code
 * word_counts.txt} beside the checkpoint). Also writes {@code model.json} (and the optional domain statistics it
 * names, a JSON header and its binary data file) for tools that produce models.
 */
public final class ModelDirectory {
    public static final String MODEL_JSON = "model.json";
    public static final String DEFAULT_VOCABULARY = "word_counts.txt";
    private static final Pattern STEP = Pattern.compile("ckpt-(\\d+)$");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ModelDirectory() {
    }

    /**
     * @param path       a model directory or a checkpoint prefix (or one of its files)
     * @param vocabulary overrides the vocabulary; may be null
     * @throws CaptioningException naming the path and what was expected there
     */
    public static ModelDefinition open(Path path, Path vocabulary) throws CaptioningException {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return fromDirectory(absolute, vocabulary);
        }
        Path prefix = Checkpoint.prefixOf(absolute);
        Path vocab = vocabulary != null ? vocabulary.toAbsolutePath() : prefix.resolveSibling(DEFAULT_VOCABULARY);
        String name = "im2txt" + step(prefix);
        return new ModelDefinition(name, Architecture.im2txt(), prefix, vocab, modelId(name, prefix));
    }

    /** Writes {@code json} as {@code dir/model.json}. */
    public static void write(Path dir, ModelJson json) throws IOException {
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve(MODEL_JSON).toFile(), json);
    }

    private static ModelDefinition fromDirectory(Path dir, Path vocabulary) throws CaptioningException {
        Path file = dir.resolve(MODEL_JSON);
        if (!Files.isRegularFile(file)) {
            throw new CaptioningException("model directory " + dir + " has no " + MODEL_JSON + "; expected a model "
                    + "directory, or pass the checkpoint prefix (e.g. " + dir.resolve("model.ckpt-2000000")
                    + ") and --vocab");
        }
        ModelJson json = read(file);
        if (!ModelJson.ENGINE.equals(json.engine())) {
            throw new CaptioningException(file + ": engine must be " + ModelJson.ENGINE + ", was " + json.engine());
        }
        if (json.name() == null || json.architecture() == null || json.checkpoint() == null) {
            throw new CaptioningException(file + ": name, architecture and checkpoint are required, was " + json);
        }
        Path prefix = Checkpoint.prefixOf(dir.resolve(json.checkpoint()).normalize());
        Path vocab = vocabulary != null ? vocabulary.toAbsolutePath()
                : dir.resolve(json.vocabulary() == null ? DEFAULT_VOCABULARY : json.vocabulary()).normalize();
        Path domain = json.domain() == null ? null : dir.resolve(json.domain()).normalize();
        return new ModelDefinition(json.name(), json.architecture(), prefix, vocab, modelId(json.name(), prefix),
                domain);
    }

    /**
     * Writes {@code statistics} as {@code dir/domain.json} and the binary data file it names ({@link DomainFile}),
     * and points {@code dir/model.json} at the header (the rest of {@code model.json} is kept as it was).
     *
     * @throws CaptioningException when {@code dir} has no readable {@code model.json}
     * @throws IOException         when a file cannot be written
     */
    public static Path writeDomain(Path dir, DomainStatistics statistics) throws CaptioningException, IOException {
        Path file = dir.resolve(MODEL_JSON);
        if (!Files.isRegularFile(file)) {
            throw new CaptioningException("model directory " + dir + " has no " + MODEL_JSON);
        }
        ModelJson json = read(file);
        Path domain = dir.resolve(DomainFile.FILE_NAME);
        DomainFile.write(domain, statistics);
        write(dir, json.withDomain(DomainFile.FILE_NAME));
        return domain;
    }

    private static ModelJson read(Path file) throws CaptioningException {
        try {
            return JSON.readValue(file.toFile(), ModelJson.class);
        } catch (JsonProcessingException e) {
            throw new CaptioningException(file + " is not a valid model description: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CaptioningException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String step(Path prefix) {
        Matcher m = STEP.matcher(prefix.getFileName().toString());
        return m.find() ? "-" + m.group(1) : "";
    }

    private static String modelId(String name, Path prefix) throws CaptioningException {
        Path identity = Files.isRegularFile(prefix.resolveSibling(prefix.getFileName() + ".index"))
                ? prefix.resolveSibling(prefix.getFileName() + ".index") : prefix;
        if (!Files.isRegularFile(identity)) {
            throw new CaptioningException("no checkpoint at " + prefix + ": expected " + prefix.getFileName()
                    + ".index (+ .data-00000-of-00001) or a V1 checkpoint file");
        }
        return name + "-" + sha256(identity).substring(0, 6);
    }

    private static String sha256(Path file) throws CaptioningException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new CaptioningException("cannot hash " + file + ": " + e.getMessage(), e);
        }
    }
}
