package dev.autocaption.inference.precision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a precision measurement holds for: the same CPU model with the same flags (a hash of the sorted list, since a
 * VM may hide some), the same TensorFlow and the same model. Any of them changing means measuring again.
 *
 * @param cpuModel          {@link CpuInfo#model()}
 * @param flagsSha256       the first 16 hex digits of the SHA-256 of the sorted flags, space-separated
 * @param tensorFlowVersion e.g. {@code 2.18.0}
 * @param modelId           the checkpoint's model id
 */
public record PrecisionKey(String cpuModel, String flagsSha256, String tensorFlowVersion, String modelId) {
    public PrecisionKey {
        Objects.requireNonNull(cpuModel, "cpuModel");
        Objects.requireNonNull(flagsSha256, "flagsSha256");
        Objects.requireNonNull(tensorFlowVersion, "tensorFlowVersion");
        Objects.requireNonNull(modelId, "modelId");
    }

    public static PrecisionKey of(CpuInfo cpu, String tensorFlowVersion, String modelId) {
        String flags = String.join(" ", new TreeSet<>(cpu.flags()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(flags.getBytes(StandardCharsets.UTF_8));
            return new PrecisionKey(cpu.model(), HexFormat.of().formatHex(digest).substring(0, 16),
                    tensorFlowVersion, modelId);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
