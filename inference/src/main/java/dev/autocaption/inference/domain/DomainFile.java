package dev.autocaption.inference.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Reads and writes {@link DomainStatistics} as one JSON file (by convention {@value #FILE_NAME} in the model
 * directory, named by {@code model.json}'s {@code domain} field):
 * <pre>
 * {
 *   "format" : "autocaption-domain/1",
 *   "modelId" : "demo-scenes-3fa2c1",      // the model the features came from
 *   "images" : 2000, "featureSize" : 256, "shrinkage" : 0.01,
 *   "logOffset" : 0.001,                  // features are compared as log(max(x, 0) + logOffset)
 *   "distance" : { "p50" : …, "p90" : …, "p99" : …, "max" : … },
 *   "familiarity" : "1 for d ≤ p99, else 1 / (1 + ((d - p99) / (p99 - p90))²) …",   // documentation only
 *   "mean" : "…",       // base64 of featureSize float32, little-endian (of the transformed features)
 *   "precision" : "…"   // base64 of featureSize² float32, little-endian, row-major
 * }
 * </pre>
 * 256 features take about 350 kB. Stateless and thread-safe.
 */
public final class DomainFile {
    public static final String FILE_NAME = "domain.json";
    public static final String FORMAT = "autocaption-domain/1";
    static final String FORMULA = "1 for d <= p99, else 1 / (1 + ((d - p99) / (p99 - p90))^2); d = Mahalanobis "
            + "distance of log(max(x, 0) + logOffset), x = the pooled encoder features";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private DomainFile() {
    }

    /** The stored layout. */
    record Stored(String format, String modelId, int images, int featureSize, double shrinkage, double logOffset,
            DistanceQuantiles distance, String familiarity, String mean, String precision) {
    }

    /** Writes {@code statistics} to {@code file} (replacing it). */
    public static void write(Path file, DomainStatistics statistics) throws IOException {
        Stored stored = new Stored(FORMAT, statistics.modelId(), statistics.images(), statistics.featureSize(),
                statistics.shrinkage(), statistics.logOffset(), statistics.quantiles(), FORMULA, encode(statistics.mean()),
                encode(statistics.precision()));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(temporary.toFile(), stored);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads statistics written by {@link #write}.
     *
     * @throws IOException naming the file and what is wrong with it (unreadable, another format, sizes that do not
     *                     match {@code featureSize})
     */
    public static DomainStatistics read(Path file) throws IOException {
        Stored stored;
        try {
            stored = JSON.readValue(file.toFile(), Stored.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid domain statistics: " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(stored.format())) {
            throw new IOException(file + ": format must be " + FORMAT + ", was " + stored.format());
        }
        if (stored.mean() == null || stored.precision() == null || stored.distance() == null
                || stored.modelId() == null) {
            throw new IOException(file + ": modelId, distance, mean and precision are required");
        }
        try {
            float[] mean = decode(stored.mean());
            float[] precision = decode(stored.precision());
            if (mean.length != stored.featureSize()) {
                throw new IOException(file + ": featureSize is " + stored.featureSize() + " but mean has "
                        + mean.length + " values");
            }
            return new DomainStatistics(stored.modelId(), stored.images(), stored.shrinkage(), stored.logOffset(),
                    mean, precision, stored.distance());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " holds invalid domain statistics: " + e.getMessage(), e);
        }
    }

    private static String encode(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private static float[] decode(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("base64 data of " + bytes.length + " bytes is not a float32 array");
        }
        float[] out = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
