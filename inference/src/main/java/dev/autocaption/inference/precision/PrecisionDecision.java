package dev.autocaption.inference.precision;

import dev.autocaption.config.Precision;
import java.time.Instant;
import java.util.Objects;

/**
 * The precision the encoder runs in, and why.
 *
 * @param precision   {@link Precision#FP32} or {@link Precision#BF16}, never {@code AUTO}
 * @param reason      one sentence for the log and for {@code bench}, starting with the precision, e.g.
 *                    {@code fp32: this CPU has no AVX-512 BF16 or AMX; bf16 not tried}
 * @param measurement the figures an {@code auto} decision was made on; null when nothing was timed
 * @param measuredAt  when they were measured; null with them
 * @param reused      true when the decision was read from the data directory instead of measured now
 */
public record PrecisionDecision(Precision precision, String reason, Measurement measurement, Instant measuredAt,
        boolean reused) {
    public PrecisionDecision {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(reason, "reason");
        if (precision == Precision.AUTO) {
            throw new IllegalArgumentException("a decision is fp32 or bf16, was auto: " + reason);
        }
        if ((measurement == null) != (measuredAt == null)) {
            throw new IllegalArgumentException("a measurement needs its time and a time its measurement: " + reason);
        }
    }

    /** A decision that needed no timing. */
    public static PrecisionDecision fixed(Precision precision, String reason) {
        return new PrecisionDecision(precision, reason, null, null, false);
    }

    /** This decision as read back from the data directory. */
    PrecisionDecision asReused() {
        return new PrecisionDecision(precision, reason, measurement, measuredAt, true);
    }
}
