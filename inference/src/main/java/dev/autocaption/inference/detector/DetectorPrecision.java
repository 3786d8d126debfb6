package dev.autocaption.inference.detector;

import dev.autocaption.config.Precision;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.detector.model.InstalledModel;
import dev.autocaption.inference.precision.PrecisionChoice;
import dev.autocaption.inference.precision.PrecisionDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads NanoDet in the precision {@link PrecisionChoice} decides ({@code model.precision}, as for Show and Tell's
 * encoder): for {@code auto} on a CPU with AVX-512 BF16 or AMX, the first load times both precisions on the same
 * images ({@link DetectorTrial}) and keeps bf16 only when it is faster at equal detections. An explicit {@code bf16}
 * that TensorFlow leaves in fp32 is refused; a stored {@code auto} decision for bf16 that no longer applies falls
 * back to fp32, saying so. Stateless.
 */
final class DetectorPrecision {
    private static final Logger LOG = LoggerFactory.getLogger(DetectorPrecision.class);

    /** The model to serve with, and why it runs in its precision. */
    record Loaded(NanoDetModel model, PrecisionDecision decision) {
    }

    private DetectorPrecision() {
    }

    /**
     * @throws CaptioningException when loading fails, the trial fails, or bf16 was asked for and cannot be had
     */
    static Loaded load(InstalledModel installed, DetectorSettings settings, PrecisionChoice choice)
            throws CaptioningException {
        NanoDetModel[] tried = new NanoDetModel[2];
        try {
            PrecisionDecision decision = choice.decide(settings.precision(), settings.device(), installed.modelId(),
                    () -> {
                        tried[0] = open(installed, settings, Precision.FP32);
                        tried[1] = open(installed, settings, Precision.BF16);
                        return new DetectorTrial(tried[0], tried[1]).run();
                    });
            int index = decision.precision() == Precision.BF16 ? 1 : 0;
            NanoDetModel model = tried[index] != null ? tried[index] : open(installed, settings,
                    decision.precision());
            tried[index] = model;
            if (index == 1 && !model.rewrite().applied()) {
                decision = choice.rewriteNotApplied("detector", settings.precision(), decision, model.rewrite());
                index = 0;
                model = tried[0] != null ? tried[0] : open(installed, settings, Precision.FP32);
                tried[0] = model;
            }
            tried[index] = null;
            if (decision.precision() == Precision.BF16) {
                LOG.info("detector {} in bfloat16: {}", installed.modelId(), model.rewrite().describe());
            }
            return new Loaded(model, decision);
        } finally {
            for (NanoDetModel left : tried) {
                if (left != null) {
                    left.close();
                }
            }
        }
    }

    private static NanoDetModel open(InstalledModel installed, DetectorSettings settings, Precision precision)
            throws CaptioningException {
        return NanoDetModel.load(installed, settings.device(), settings.intraOpThreads(), settings.interOpThreads(),
                precision);
    }
}
