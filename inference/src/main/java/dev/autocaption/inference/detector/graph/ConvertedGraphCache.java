package dev.autocaption.inference.detector.graph;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.proto.GraphDef;

/**
 * Converts a TF.js graph model once and keeps the GraphDef on disk, keyed on the SHA-256 values of the source files
 * and {@link TfjsGraphConverter#VERSION}: a new model or a new converter gets a new file, and a damaged cache file
 * (its own hash is kept beside it) is converted again. When the directory is not writable the graph is still
 * returned (converted on every start, with a warning). Two processes converting at once are harmless: the write is
 * atomic, so the worst case is converting twice.
 */
public final class ConvertedGraphCache {
    private static final Logger LOG = LoggerFactory.getLogger(ConvertedGraphCache.class);

    private final Path directory;
    private final TfjsGraphConverter converter;

    /** @param directory created on first use, e.g. {@code models/detector/cache} */
    public ConvertedGraphCache(Path directory, TfjsGraphConverter converter) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.converter = Objects.requireNonNull(converter, "converter");
    }

    /**
     * @param modelJson     the TF.js graph model
     * @param name          the cache file's prefix, e.g. {@code nanodet}
     * @param sourceSha256  the verified hashes of the model's files
     * @return the GraphDef, from the cache when a valid entry exists
     */
    public GraphDef load(Path modelJson, String name, List<String> sourceSha256) throws GraphConversionException {
        Path file = directory.resolve(name + "-" + key(sourceSha256).substring(0, 16) + ".pb");
        Path hashFile = file.resolveSibling(file.getFileName() + ".sha256");
        GraphDef cached = readValid(file, hashFile);
        if (cached != null) {
            return cached;
        }
        GraphDef graph = converter.convert(modelJson).graph();
        try {
            write(graph.toByteArray(), file, hashFile);
        } catch (IOException e) {
            LOG.warn("cannot cache the converted graph in {} ({}); it will be converted again next start", file,
                    e.toString());
        }
        return graph;
    }

    /** The cache file name's key: a hash of the converter version and the source hashes, in order. */
    static String key(List<String> sourceSha256) {
        return sha256((TfjsGraphConverter.VERSION + "\n" + String.join("\n", sourceSha256))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static GraphDef readValid(Path file, Path hashFile) {
        if (!Files.isRegularFile(file) || !Files.isRegularFile(hashFile)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!sha256(bytes).equals(Files.readString(hashFile, StandardCharsets.UTF_8).strip())) {
                return null;
            }
            return GraphDef.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private void write(byte[] bytes, Path file, Path hashFile) throws IOException {
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, ".convert-", ".pb");
        Files.write(temp, bytes);
        Files.writeString(hashFile, sha256(bytes) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
