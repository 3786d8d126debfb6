package dev.autocaption.inference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long a captioner has spent in each of its stages since it was loaded, summed over every image: what the
 * daemon's metrics report as latency per stage (Show and Tell: {@code decode}, {@code preprocess}, {@code encoder},
 * {@code beam}). An encoder run serves a whole batch; its time counts once, so {@code nanos / images} is the mean
 * share of one image.
 *
 * @param images images captioned (failed ones included)
 * @param nanos  cumulative nanoseconds per stage, in the order the stages run; the same stage names for the life of
 *               a captioner
 */
public record StageTimes(long images, Map<String, Long> nanos) {
    /** For an engine that does not time its stages. */
    public static final StageTimes NONE = new StageTimes(0, Map.of());

    public StageTimes {
        if (images < 0) {
            throw new IllegalArgumentException("images must not be negative, was " + images);
        }
        Objects.requireNonNull(nanos, "nanos");
        nanos.forEach((stage, value) -> {
            if (Objects.requireNonNull(value, "nanos of " + stage) < 0) {
                throw new IllegalArgumentException("nanos of " + stage + " must not be negative, was " + value);
            }
        });
        nanos = Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
    }

    /** The cumulative time of {@code stage}; 0 for a stage this engine does not have. */
    public long nanosOf(String stage) {
        return nanos.getOrDefault(stage, 0L);
    }
}
