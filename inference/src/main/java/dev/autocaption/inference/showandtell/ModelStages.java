package dev.autocaption.inference.showandtell;

import dev.autocaption.config.Precision;
import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.Familiarity;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.beam.BeamSearch;
import dev.autocaption.inference.beam.Hypothesis;
import dev.autocaption.inference.domain.DomainStatistics;
import dev.autocaption.inference.image.DecodedImage;
import dev.autocaption.inference.image.ImageDecoder;
import dev.autocaption.inference.image.ImageDecodingException;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stages with the model: Java decoding then the in-graph preprocessing, the encoder, the beam search, each
 * timed into {@link CaptionerStats}. Thread-safe (the model and decoder are); owns nothing.
 */
final class ModelStages implements CaptionStages {
    private final ShowAndTellModel model;
    private final ImageDecoder decoder;
    private final BeamSearch search;
    private final CaptionDecoder captions;
    private final Vocabulary vocabulary;
    private final DomainStatistics domain;
    private final CaptionerStats stats;
    private final String modelId;

    ModelStages(ShowAndTellModel model, ImageDecoder decoder, BeamSearch search, Vocabulary vocabulary,
            DomainStatistics domain, CaptionerStats stats, String modelId) {
        this.model = model;
        this.decoder = decoder;
        this.search = search;
        this.captions = new CaptionDecoder(vocabulary);
        this.vocabulary = vocabulary;
        this.domain = domain;
        this.stats = stats;
        this.modelId = modelId;
    }

    @Override
    public float[] prepare(ImageInput image, CaptionResult[] results, int index) {
        long t0 = System.nanoTime();
        try {
            DecodedImage decoded = decoder.decode(image.id(), image.bytes());
            long t1 = System.nanoTime();
            stats.decode(t1 - t0);
            float[] input = model.preprocess(decoded);
            stats.preprocess(System.nanoTime() - t1);
            return input;
        } catch (ImageDecodingException e) {
            results[index] = CaptionResult.failed(image.id(), e.getMessage());
        } catch (RuntimeException e) {
            results[index] = CaptionResult.failed(image.id(), image.id() + ": TensorFlow could not preprocess "
                    + "the decoded image: " + e.getMessage());
        }
        stats.decode(System.nanoTime() - t0);
        stats.image(false);
        return null;
    }

    @Override
    public ShowAndTellModel.Encoded encode(ImageBatch batch) throws CaptioningException {
        long t0 = System.nanoTime();
        try {
            ShowAndTellModel.Encoded encoded = model.encode(batch.pixels(), batch.size(), domain != null);
            stats.encoder(System.nanoTime() - t0);
            return encoded;
        } catch (RuntimeException e) {
            throw failed("the encoder", batch, e);
        }
    }

    @Override
    public List<CaptionResult> search(ImageBatch batch, ShowAndTellModel.Encoded encoded) throws CaptioningException {
        long t0 = System.nanoTime();
        List<List<Hypothesis>> found;
        try {
            found = search.search(encoded.states(), vocabulary.startId(), vocabulary.endId(), model);
        } catch (RuntimeException e) {
            throw failed("beam search", batch, e);
        }
        stats.beam(System.nanoTime() - t0);
        List<CaptionResult> out = new ArrayList<>(batch.size());
        for (int k = 0; k < batch.size(); k++) {
            String id = batch.ids().get(k);
            String nonFinite = nonFinite(encoded, k, found.get(k));
            if (nonFinite != null) {
                out.add(CaptionResult.failed(id, id + ": the model computed " + nonFinite + " for this image (model "
                        + modelId + ", encoder in " + model.precision().name().toLowerCase(Locale.ROOT)
                        + "), so it has no caption; expected finite numbers"
                        + (model.precision() == Precision.BF16
                                ? ". TensorFlow's bfloat16 rewrite is known to do this on some CPUs: set "
                                        + "model.precision: fp32" : "")));
                stats.image(false);
                continue;
            }
            Familiarity familiarity = domain == null ? null : domain.familiarity(encoded.features()[k]);
            List<Caption> ranked = found.get(k).stream().map(captions::caption)
                    .map(c -> familiarity == null ? c : c.withScoreTimes(familiarity.value())).toList();
            out.add(CaptionResult.of(id, ranked, familiarity));
            stats.image(true);
        }
        return out;
    }

    /**
     * What is not a finite number in image {@code k}'s encoder output or beam ends (NaN or infinity: a numeric fault
     * of the graph, e.g. a wrong low-precision kernel), or null when everything is finite.
     */
    private static String nonFinite(ShowAndTellModel.Encoded encoded, int k, List<Hypothesis> ends) {
        String states = firstNonFinite(encoded.states()[k]);
        if (states != null) {
            return states + " in its LSTM initial state";
        }
        if (encoded.features() != null) {
            String features = firstNonFinite(encoded.features()[k]);
            if (features != null) {
                return features + " in its encoder features";
            }
        }
        for (Hypothesis end : ends) {
            if (Double.isNaN(end.logProbability())) {
                return end.logProbability() + " as a caption's log-probability";
            }
        }
        return null;
    }

    private static String firstNonFinite(float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                return values[i] + " at index " + i;
            }
        }
        return null;
    }

    private CaptioningException failed(String stage, ImageBatch batch, RuntimeException e) {
        return new CaptioningException("TensorFlow failed in " + stage + " on a batch of " + batch.size()
                + " images " + batch.describe() + " (model " + modelId + "): " + e.getMessage(), e);
    }
}
