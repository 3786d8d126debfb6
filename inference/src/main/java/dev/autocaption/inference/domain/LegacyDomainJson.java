package dev.autocaption.inference.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Reads the first, single-file format ({@value DomainFile#LEGACY_FORMAT}): the header fields of {@link DomainHeader}
 * plus {@code mean} and {@code precision} as base64 of little-endian float32 (the full row-major matrix). It is
 * still read, so model directories calibrated before the binary format keep working; it is no longer written,
 * since at 2,048 features its 22 MB precision string is beyond what a JSON parser should accept. Stateless.
 */
final class LegacyDomainJson {
    private LegacyDomainJson() {
    }

    /** The stored layout. */
    record Stored(String format, String modelId, int images, int featureSize, double shrinkage, double logOffset,
            DistanceQuantiles distance, String familiarity, String mean, String precision) {
    }

    /** The statistics in {@code tree}, the parsed content of {@code file}. */
    static DomainStatistics read(Path file, JsonNode tree, ObjectMapper json) throws IOException {
        Stored stored;
        try {
            stored = json.treeToValue(tree, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid domain statistics: " + e.getOriginalMessage(), e);
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

    /** The old layout of {@code statistics}, for tests of the legacy reader. */
    static Stored of(DomainStatistics statistics) {
        return new Stored(DomainFile.LEGACY_FORMAT, statistics.modelId(), statistics.images(),
                statistics.featureSize(), statistics.shrinkage(), statistics.logOffset(), statistics.quantiles(),
                DomainFile.FORMULA, encode(statistics.mean()), encode(statistics.precision()));
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
