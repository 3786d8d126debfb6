package dev.autocaption.inference.precision;

import dev.autocaption.config.Device;
import dev.autocaption.config.Precision;
import dev.autocaption.inference.CaptioningException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.TensorFlow;

/**
 * Decides the encoder's precision from {@code model.precision}:
 * <ul>
 *   <li>{@code fp32} and {@code bf16} are taken as asked (whether TensorFlow really rewrites the encoder to bf16
 *       is checked where the model is built);</li>
 *   <li>{@code auto} is fp32 on a GPU and on a CPU without {@link CpuInfo#BF16_FLAGS}, without timing anything;
 *       on a CPU with them it is the decision stored for this {@link PrecisionKey} in the data directory, or, the
 *       first time, the {@link Trial}'s verdict: bf16 only when TensorFlow did rewrite the encoder, bf16's
 *       captions {@linkplain Measurement#agrees agree} with fp32's, and it is at least
 *       {@link Measurement#MIN_SPEED_UP} times as fast. That verdict is then stored with its figures.</li>
 * </ul>
 * Every decision is logged once with its reason. Thread-safe.
 */
public final class PrecisionChoice {
    private static final Logger LOG = LoggerFactory.getLogger(PrecisionChoice.class);

    private final CpuInfo cpu;
    private final String tensorFlowVersion;
    private final PrecisionDecisions decisions;
    private final Clock clock;

    /** Times both precisions on the model being loaded. */
    @FunctionalInterface
    public interface Trial {
        Measurement measure() throws CaptioningException;
    }

    /** @param decisions where decisions are kept; null keeps none (an {@code auto} decision is timed every load) */
    public PrecisionChoice(CpuInfo cpu, String tensorFlowVersion, PrecisionDecisions decisions, Clock clock) {
        this.cpu = cpu;
        this.tensorFlowVersion = tensorFlowVersion;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * The choice of this machine: its CPU, this TensorFlow, and the decisions kept in {@code dataDirectory} (none
     * when it is null: an {@code auto} decision is then timed at every load).
     */
    public static PrecisionChoice onThisMachine(Path dataDirectory) {
        return new PrecisionChoice(CpuInfo.current(), TensorFlow.version(), dataDirectory == null ? null
                : new PrecisionDecisions(dataDirectory), Clock.systemUTC());
    }

    public CpuInfo cpu() {
        return cpu;
    }

    /**
     * @param device where the encoder runs (already resolved: CPU or GPU)
     * @throws CaptioningException when the trial fails
     */
    public PrecisionDecision decide(Precision asked, Device device, String modelId, Trial trial)
            throws CaptioningException {
        PrecisionDecision decision = switch (asked) {
            case FP32 -> PrecisionDecision.fixed(Precision.FP32, "fp32: model.precision=fp32");
            case BF16 -> PrecisionDecision.fixed(Precision.BF16, "bf16: model.precision=bf16");
            case AUTO -> auto(device, modelId, trial);
        };
        LOG.info("encoder precision for {}: {}{}", modelId, decision.reason(), decision.reused()
                ? " (measured " + decision.measuredAt() + ", reused from " + decisions.file() + ")" : "");
        if (asked == Precision.BF16) {
            LOG.warn("model.precision=bf16 for {} is used as set, without comparing its results to fp32's; on "
                    + "TensorFlow {} its oneDNN rewrite has been measured to change captions, "
                    + "detections and scores a lot, so check it first with 'autocaption evaluate --precision bf16' (or set auto)", modelId,
                    tensorFlowVersion);
        }
        return decision;
    }

    /**
     * What to do when {@code part} ("encoder", "detector") was to run in bf16 but TensorFlow left it in fp32: an
     * explicit {@code model.precision: bf16} is refused; a stored {@code auto} decision for bf16 falls back to fp32,
     * saying so.
     *
     * @throws CaptioningException when bf16 was asked for explicitly
     */
    public PrecisionDecision rewriteNotApplied(String part, Precision asked, PrecisionDecision stored,
            RewriteCheck rewrite) throws CaptioningException {
        String seen = "TensorFlow " + tensorFlowVersion + " left the " + part + " in fp32 on this CPU (" + cpu.model()
                + ", bf16 units: " + (cpu.bf16Units().isEmpty() ? "none" : String.join(", ", cpu.bf16Units()))
                + "): " + rewrite.describe();
        if (asked == Precision.BF16) {
            throw new CaptioningException("model.precision: bf16, but " + seen + ". TensorFlow turns on oneDNN, "
                    + "which makes the rewrite, by default only on CPUs with AVX-512 (TF_ENABLE_ONEDNN_OPTS=1 forces "
                    + "it, and without AVX-512 BF16 the bf16 kernels are then slow fallbacks); use model.precision: "
                    + "auto or fp32");
        }
        PrecisionDecision fallback = PrecisionDecision.fixed(Precision.FP32, "fp32: the stored decision was bf16 ("
                + stored.reason() + ") but " + seen);
        LOG.warn("{} precision: {}", part, fallback.reason());
        return fallback;
    }

    private PrecisionDecision auto(Device device, String modelId, Trial trial) throws CaptioningException {
        if (device == Device.GPU) {
            return PrecisionDecision.fixed(Precision.FP32, "fp32: the encoder runs on a GPU; bf16 only when "
                    + "model.precision: bf16");
        }
        List<String> units = cpu.bf16Units();
        if (units.isEmpty()) {
            return PrecisionDecision.fixed(Precision.FP32, "fp32: this CPU has no AVX-512 BF16 or AMX; bf16 not "
                    + "tried");
        }
        PrecisionKey key = PrecisionKey.of(cpu, tensorFlowVersion, modelId);
        PrecisionDecision stored = stored(key);
        if (stored != null) {
            return stored;
        }
        PrecisionDecision measured = judge(trial.measure(), units);
        keep(key, measured);
        return measured;
    }

    /** The verdict on a trial's figures. */
    PrecisionDecision judge(Measurement m, List<String> units) {
        String reason;
        Precision precision = Precision.FP32;
        if (m.bf16Convolutions() == 0) {
            reason = String.format(java.util.Locale.ROOT, "fp32: TensorFlow did not rewrite the encoder to bfloat16 "
                    + "on this CPU although it has %s (fp32 %.1f images/s)", String.join(" and ", units),
                    m.fp32ImagesPerSecond());
        } else if (!m.agrees()) {
            reason = "fp32: bf16's captions differ too much from fp32's (needs the same top caption for "
                    + Math.round(100 * Measurement.MIN_SAME_TOP_CAPTION) + " % and score deltas <= "
                    + Measurement.MAX_SCORE_DELTA_99 + " at the 99th percentile): " + m.describe();
        } else if (m.speedUp() < Measurement.MIN_SPEED_UP) {
            reason = "fp32: bf16 is not at least " + Measurement.MIN_SPEED_UP + "x as fast: " + m.describe();
        } else {
            precision = Precision.BF16;
            reason = "bf16: " + m.describe();
        }
        return new PrecisionDecision(precision, reason, m, clock.instant(), false);
    }

    private PrecisionDecision stored(PrecisionKey key) {
        if (decisions == null) {
            return null;
        }
        try {
            return decisions.find(key);
        } catch (IOException e) {
            LOG.warn("{}; timing both precisions again and replacing it", e.getMessage());
            return null;
        }
    }

    private void keep(PrecisionKey key, PrecisionDecision decision) {
        if (decisions == null) {
            LOG.info("no data directory (the store is not an embedded file): the precision decision is not kept "
                    + "and will be timed again at the next load");
            return;
        }
        try {
            decisions.save(key, decision);
        } catch (IOException e) {
            LOG.warn("cannot keep the precision decision in {} ({}); it will be timed again at the next load",
                    decisions.file(), e.toString());
        }
    }
}
