package dev.autocaption.inference.showandtell;

import java.util.concurrent.atomic.LongAdder;

/**
 * Cumulative time per pipeline stage of one captioner, for the benchmark and for logging. Thread-safe.
 */
public final class CaptionerStats {
    private final LongAdder images = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder decodeNanos = new LongAdder();
    private final LongAdder preprocessNanos = new LongAdder();
    private final LongAdder encoderNanos = new LongAdder();
    private final LongAdder beamNanos = new LongAdder();

    /** A point-in-time copy. */
    public record Snapshot(long images, long failed, long decodeNanos, long preprocessNanos, long encoderNanos,
            long beamNanos) {
        /** This plus {@code other}. */
        public Snapshot plus(Snapshot other) {
            return new Snapshot(images + other.images, failed + other.failed, decodeNanos + other.decodeNanos,
                    preprocessNanos + other.preprocessNanos, encoderNanos + other.encoderNanos,
                    beamNanos + other.beamNanos);
        }

        /** This minus {@code earlier}. */
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(images - earlier.images, failed - earlier.failed, decodeNanos - earlier.decodeNanos,
                    preprocessNanos - earlier.preprocessNanos, encoderNanos - earlier.encoderNanos,
                    beamNanos - earlier.beamNanos);
        }
    }

    /** Made by the captioner that it measures. */
    CaptionerStats() {
    }

    public Snapshot snapshot() {
        return new Snapshot(images.sum(), failed.sum(), decodeNanos.sum(), preprocessNanos.sum(), encoderNanos.sum(),
                beamNanos.sum());
    }

    void image(boolean ok) {
        images.increment();
        if (!ok) {
            failed.increment();
        }
    }

    void decode(long nanos) {
        decodeNanos.add(nanos);
    }

    void preprocess(long nanos) {
        preprocessNanos.add(nanos);
    }

    void encoder(long nanos) {
        encoderNanos.add(nanos);
    }

    void beam(long nanos) {
        beamNanos.add(nanos);
    }
}
