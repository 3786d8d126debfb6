package dev.autocaption.inference.showandtell;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.config.Precision;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.beam.BeamSearch;
import dev.autocaption.inference.precision.PrecisionChoice;
import dev.autocaption.inference.precision.PrecisionDecision;
import dev.autocaption.inference.vocabulary.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a freshly loaded model's encoder in the precision {@link PrecisionChoice} decides: for bf16 it opens the
 * {@link Bf16Encoder} (or keeps the one the {@code auto} trial opened) and hands it to the model, after checking
 * that TensorFlow really rewrote the encoder. An explicit {@code bf16} that TensorFlow leaves in fp32 is refused;
 * a stored {@code auto} decision for bf16 that no longer applies falls back to fp32, saying so. Stateless.
 */
final class EncoderPrecision {
    private static final Logger LOG = LoggerFactory.getLogger(EncoderPrecision.class);

    private EncoderPrecision() {
    }

    /**
     * @return the decision the model now runs by
     * @throws CaptioningException when bf16 was asked for and cannot be had, or the trial fails; the model is left
     *                             as it was (the caller still owns and closes it)
     */
    static PrecisionDecision apply(ShowAndTellModel model, Vocabulary vocabulary, ModelConfig config, String modelId,
            PrecisionChoice choice) throws CaptioningException {
        Bf16Encoder[] tried = new Bf16Encoder[1];
        try {
            PrecisionDecision decision = choice.decide(config.precision(), model.device(), modelId, () -> {
                tried[0] = open(model);
                return new Bf16Trial(model, tried[0], new BeamSearch(config.beamSize(), config.maxLength(),
                        config.lengthNormalization()), vocabulary, config.batchSize()).run();
            });
            if (decision.precision() != Precision.BF16) {
                return decision;
            }
            Bf16Encoder encoder = tried[0] != null ? tried[0] : open(model);
            tried[0] = encoder;
            if (!encoder.rewrite().applied()) {
                return choice.rewriteNotApplied("encoder", config.precision(), decision, encoder.rewrite());
            }
            model.useBf16(encoder);
            tried[0] = null;
            LOG.info("encoder in bfloat16 for {}: {}", modelId, encoder.rewrite().describe());
            return decision;
        } finally {
            if (tried[0] != null) {
                tried[0].close();
            }
        }
    }

    private static Bf16Encoder open(ShowAndTellModel model) throws CaptioningException {
        try {
            return model.openBf16Encoder();
        } catch (RuntimeException e) {
            throw new CaptioningException("TensorFlow could not open the bf16 encoder session: " + e.getMessage(), e);
        }
    }
}
