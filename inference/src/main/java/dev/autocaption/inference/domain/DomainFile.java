package dev.autocaption.inference.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Reads and writes {@link DomainStatistics} as two files in the model directory: a small JSON header (by convention
 * {@value #FILE_NAME}, named by {@code model.json}'s {@code domain} field) and the binary data it names beside it.
 * <pre>
 * {
 *   "format" : "autocaption-domain/2",
 *   "modelId" : "demo-scenes-3d4319",     // the model the features came from
 *   "images" : 2000, "featureSize" : 256, "shrinkage" : 0.0098,
 *   "logOffset" : 0.001,                 // features are compared as log(max(x, 0) + logOffset)
 *   "distance" : { "p50" : …, "p90" : …, "p99" : …, "max" : … },
 *   "familiarity" : "1 for d &lt;= p99, else …",   // documentation only
 *   "data" : {
 *     "file" : "domain-5e0c2b7a91d4.bin", // beside this file; named after its checksum
 *     "dtype" : "float32", "byteOrder" : "little-endian",
 *     "layout" : "mean[featureSize], then precision[i][j] for i &lt;= j (upper triangle, row by row)",
 *     "bytes" : 132608, "sha256" : "5e0c2b7a91d4…"
 *   }
 * }
 * </pre>
 * The header stays about 1 kB whatever the feature size; the data is {@code 4 (d + d (d + 1) / 2)} bytes (133 kB at
 * 256 features, 8.4 MB at 2,048). Before decoding, the reader checks the data's size against {@code featureSize}
 * and its SHA-256 against the header, so a truncated, swapped or edited file is refused by name, never read as
 * other numbers. The data file is named after its checksum and written before the header, so a crash while
 * writing leaves the previous pair intact. The first, single-file format ({@value #LEGACY_FORMAT}, base64 inside
 * the JSON) is still read ({@link LegacyDomainJson}). Stateless and thread-safe.
 */
public final class DomainFile {
    public static final String FILE_NAME = "domain.json";
    public static final String FORMAT = "autocaption-domain/2";
    public static final String LEGACY_FORMAT = "autocaption-domain/1";
    static final String FORMULA = "1 for d <= p99, else 1 / (1 + ((d - p99) / (p99 - p90))^2); d = Mahalanobis "
            + "distance of log(max(x, 0) + logOffset), x = the pooled encoder features";
    private static final Pattern FILE_NAME_ONLY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private DomainFile() {
    }

    /**
     * Writes {@code statistics} as the header {@code file} and its data file beside it (replacing both, and removing
     * the data file the previous header named).
     *
     * @return the data file
     */
    public static Path write(Path file, DomainStatistics statistics) throws IOException {
        byte[] data = DomainData.encode(statistics.mean(), statistics.precision());
        String sha256 = DomainData.sha256(data);
        String dataName = baseName(file) + "-" + sha256.substring(0, 12) + ".bin";
        Path dataFile = file.resolveSibling(dataName);
        String previous = dataFileOf(file);
        Path temporary = file.resolveSibling(dataName + ".tmp");
        Files.write(temporary, data);
        Files.move(temporary, dataFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        DomainHeader header = new DomainHeader(FORMAT, statistics.modelId(), statistics.images(),
                statistics.featureSize(), statistics.shrinkage(), statistics.logOffset(), statistics.quantiles(),
                FORMULA, new DomainHeader.Data(dataName, DomainData.DTYPE, DomainData.BYTE_ORDER, DomainData.LAYOUT,
                        data.length, sha256));
        writeJson(file, header);
        if (previous != null && !previous.equals(dataName)) {
            Files.deleteIfExists(file.resolveSibling(previous));
        }
        return dataFile;
    }

    /** Writes {@code statistics} in the first format ({@value #LEGACY_FORMAT}), for tests of reading old models. */
    static void writeLegacy(Path file, DomainStatistics statistics) throws IOException {
        writeJson(file, LegacyDomainJson.of(statistics));
    }

    /**
     * Reads statistics written by {@link #write} (or in the first format).
     *
     * @throws IOException naming the file and what is wrong with it (unreadable, another format, a data file that
     *                     is missing, of the wrong size or with another checksum), and what was expected
     */
    public static DomainStatistics read(Path file) throws IOException {
        JsonNode tree = parse(file);
        JsonNode formatNode = tree.get("format");
        String format = formatNode == null || formatNode.isNull() ? null : formatNode.asText();
        if (LEGACY_FORMAT.equals(format)) {
            return LegacyDomainJson.read(file, tree, JSON);
        }
        if (!FORMAT.equals(format)) {
            throw new IOException(file + ": format must be " + FORMAT + " (or the older " + LEGACY_FORMAT
                    + "), was " + format);
        }
        DomainHeader header = header(file, tree);
        DomainData.Decoded decoded = DomainData.decode(readData(file, header), header.featureSize());
        try {
            return new DomainStatistics(header.modelId(), header.images(), header.shrinkage(), header.logOffset(),
                    decoded.mean(), decoded.precision(), header.distance());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " holds invalid domain statistics: " + e.getMessage(), e);
        }
    }

    /** Deletes the header {@code file} and the data file it names, where they exist. */
    public static void delete(Path file) throws IOException {
        String data = dataFileOf(file);
        Files.deleteIfExists(file);
        if (data != null) {
            Files.deleteIfExists(file.resolveSibling(data));
        }
    }

    private static JsonNode parse(Path file) throws IOException {
        try {
            return JSON.readTree(file.toFile());
        } catch (StreamConstraintsException e) {
            throw new IOException(file + " is too large to be domain statistics (" + e.getOriginalMessage() + "). "
                    + "If it is the first format (" + LEGACY_FORMAT + ", everything in one JSON file) of a large "
                    + "encoder, run autocaption models calibrate again: it writes " + FORMAT + ", a small header "
                    + "and a binary data file", e);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid domain statistics: " + e.getOriginalMessage(), e);
        }
    }

    private static DomainHeader header(Path file, JsonNode tree) throws IOException {
        DomainHeader header;
        try {
            header = JSON.treeToValue(tree, DomainHeader.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid domain statistics: " + e.getOriginalMessage(), e);
        }
        if (header.modelId() == null || header.distance() == null || header.data() == null) {
            throw new IOException(file + ": modelId, distance and data are required");
        }
        if (header.featureSize() < 1 || header.featureSize() > DomainData.MAX_FEATURES) {
            throw new IOException(file + ": featureSize must be in [1, " + DomainData.MAX_FEATURES + "], was "
                    + header.featureSize());
        }
        DomainHeaderCheck.data(file, header);
        return header;
    }

    /** The data's bytes, after checking the file's name, size and checksum against the header. */
    private static byte[] readData(Path file, DomainHeader header) throws IOException {
        DomainHeader.Data data = header.data();
        Path dataFile = file.resolveSibling(data.file());
        if (!Files.isRegularFile(dataFile)) {
            throw new IOException(file + " names the data file " + data.file() + ", which does not exist in "
                    + dataFile.getParent() + "; run autocaption models calibrate again");
        }
        long expected = DomainData.bytes(header.featureSize());
        long size = Files.size(dataFile);
        if (size != expected) {
            throw new IOException(dataFile + ": expected " + expected + " bytes (" + header.featureSize()
                    + " features: " + DomainData.values(header.featureSize()) + " " + DomainData.DTYPE
                    + " values), found " + size);
        }
        byte[] bytes = Files.readAllBytes(dataFile);
        String sha256 = DomainData.sha256(bytes);
        if (!sha256.equals(data.sha256())) {
            throw new IOException(dataFile + ": SHA-256 is " + sha256 + " but " + file.getFileName() + " expects "
                    + data.sha256() + "; the file was changed or only partly copied; run autocaption models "
                    + "calibrate again");
        }
        return bytes;
    }

    /** The data file a readable header names, or null (no header, the first format, or unreadable). */
    private static String dataFileOf(Path file) {
        try {
            JsonNode data = Files.isRegularFile(file) ? JSON.readTree(file.toFile()).get("data") : null;
            String name = data == null ? null : data.path("file").asText(null);
            return isFileNameOnly(name) ? name : null;
        } catch (IOException e) {
            return null; // an unreadable header is replaced anyway; its data file, if any, stays behind
        }
    }

    static boolean isFileNameOnly(String name) {
        return name != null && FILE_NAME_ONLY.matcher(name).matches();
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void writeJson(Path file, Object value) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(temporary.toFile(), value);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
