package dev.autocaption.inference.showandtell;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.Familiarity;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.beam.BeamSearch;
import dev.autocaption.inference.beam.Hypothesis;
import dev.autocaption.inference.domain.DomainStatistics;
import dev.autocaption.inference.image.DecodedImage;
import dev.autocaption.inference.image.ImageDecoder;
import dev.autocaption.inference.image.ImageDecodingException;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Show and Tell in-process: decode each image in Java, preprocess it in the graph, run the encoder on up to
 * {@code batchSize} images at once, then beam-search all of them together (every live beam of every image in one
 * {@code session.run} per step). An image that cannot be decoded gets an error result and never affects the others.
 * When the model carries {@link DomainStatistics}, the same encoder run also returns the pooled features, and each
 * caption's score is multiplied by the image's {@link Familiarity} (the out-of-domain guard).
 *
 * <p>Owns its {@link ShowAndTellModel} (graph + session) and its {@link ImageDecoder} (with {@code model.jpeg-dct:
 * fast}, TensorFlow's JPEG decoder in a session of its own, made after the model's) until {@link #close()};
 * thread-safe. Build it with {@link ShowAndTellLoader}.
 */
public final class TensorFlowCaptioner implements ImageCaptioner {
    public static final String ENGINE = "show-and-tell";

    private final ShowAndTellModel model;
    private final Vocabulary vocabulary;
    private final String modelId;
    private final ImageDecoder decoder;
    private final BeamSearch search;
    private final CaptionDecoder captions;
    private final int batchSize;
    private final CaptionerStats stats = new CaptionerStats();
    private final DomainStatistics domain;

    /** Takes ownership of {@code model}; scores are not guarded (no domain statistics). */
    public TensorFlowCaptioner(ShowAndTellModel model, Vocabulary vocabulary, String modelId, ModelConfig config) {
        this(model, vocabulary, modelId, config, null);
    }

    /**
     * Takes ownership of {@code model}. With {@code domain} (may be null) every image's encoder features are fetched
     * in the same run as its initial state, and every caption's score is multiplied by the image's
     * {@link Familiarity}, which the result also carries.
     */
    public TensorFlowCaptioner(ShowAndTellModel model, Vocabulary vocabulary, String modelId, ModelConfig config,
            DomainStatistics domain) {
        if (domain != null && domain.featureSize() != model.architecture().featureSize()) {
            throw new IllegalArgumentException("domain statistics have " + domain.featureSize() + " features, the "
                    + "encoder has " + model.architecture().featureSize());
        }
        this.domain = domain;
        this.model = model;
        this.vocabulary = vocabulary;
        this.modelId = modelId;
        this.decoder = decoderOwning(model, config);
        this.search = new BeamSearch(config.beamSize(), config.maxLength(), config.lengthNormalization());
        this.captions = new CaptionDecoder(vocabulary);
        this.batchSize = config.batchSize();
    }

    /** The decoder {@code config} asks for; closes {@code model} (ours from now on) if it cannot be made. */
    private static ImageDecoder decoderOwning(ShowAndTellModel model, ModelConfig config) {
        try {
            return new ImageDecoder(config.maxImagePixels(), config.decoding());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    /** The model (device, architecture); do not close it, the captioner owns it. */
    public ShowAndTellModel model() {
        return model;
    }

    public CaptionerStats stats() {
        return stats;
    }

    /** The domain statistics that guard the scores, or null when there are none. */
    public DomainStatistics domain() {
        return domain;
    }

    /**
     * The pooled encoder features (what the image embedding multiplies) of each image, decoded and preprocessed
     * exactly as {@link #caption} does, {@code batchSize} images per encoder run; for estimating domain statistics.
     *
     * @throws CaptioningException naming the first image that cannot be decoded, or when TensorFlow fails
     */
    public List<float[]> features(List<ImageInput> images) throws CaptioningException {
        CaptionResult[] failures = new CaptionResult[images.size()];
        List<float[]> inputs = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            float[] input = prepare(images.get(i), failures, i);
            if (input == null) {
                throw new CaptioningException("cannot compute the features of " + images.get(i).id() + ": "
                        + failures[i].error());
            }
            inputs.add(input);
        }
        List<float[]> out = new ArrayList<>(images.size());
        for (int from = 0; from < inputs.size(); from += batchSize) {
            List<float[]> chunk = inputs.subList(from, Math.min(inputs.size(), from + batchSize));
            try {
                out.addAll(List.of(model.features(pack(chunk), chunk.size())));
            } catch (RuntimeException e) {
                throw new CaptioningException("TensorFlow failed computing the features of " + chunk.size()
                        + " images (model " + modelId + "): " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public List<CaptionResult> caption(List<ImageInput> images) throws CaptioningException {
        CaptionResult[] results = new CaptionResult[images.size()];
        List<Integer> ready = new ArrayList<>();
        List<float[]> pixels = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            float[] input = prepare(images.get(i), results, i);
            if (input != null) {
                ready.add(i);
                pixels.add(input);
            }
        }
        for (int from = 0; from < ready.size(); from += batchSize) {
            int to = Math.min(ready.size(), from + batchSize);
            List<CaptionResult> batch = captionBatch(images, ready.subList(from, to), pixels.subList(from, to));
            for (int k = from; k < to; k++) {
                results[ready.get(k)] = batch.get(k - from);
                stats.image(true);
            }
        }
        return Arrays.asList(results);
    }

    /** Decodes and preprocesses one image; on failure records its error result and returns null. */
    private float[] prepare(ImageInput image, CaptionResult[] results, int index) {
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

    private List<CaptionResult> captionBatch(List<ImageInput> images, List<Integer> indices, List<float[]> inputs)
            throws CaptioningException {
        int n = inputs.size();
        float[] batch = pack(inputs);
        long t0 = System.nanoTime();
        ShowAndTellModel.Encoded encoded;
        List<List<Hypothesis>> found;
        try {
            encoded = domain == null ? new ShowAndTellModel.Encoded(model.initialStates(batch, n), null)
                    : model.encode(batch, n);
            long t1 = System.nanoTime();
            stats.encoder(t1 - t0);
            found = search.search(encoded.states(), vocabulary.startId(), vocabulary.endId(), model);
            stats.beam(System.nanoTime() - t1);
        } catch (RuntimeException e) {
            throw new CaptioningException("TensorFlow failed on a batch of " + n + " images (model " + modelId
                    + "): " + e.getMessage(), e);
        }
        List<CaptionResult> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Familiarity familiarity = domain == null ? null : domain.familiarity(encoded.features()[k]);
            List<Caption> ranked = found.get(k).stream().map(captions::caption)
                    .map(c -> familiarity == null ? c : c.withScoreTimes(familiarity.value())).toList();
            out.add(CaptionResult.of(images.get(indices.get(k)).id(), ranked, familiarity));
        }
        return out;
    }

    private static float[] pack(List<float[]> inputs) {
        int each = inputs.get(0).length;
        float[] batch = new float[inputs.size() * each];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i), 0, batch, i * each, each);
        }
        return batch;
    }

    @Override
    public void close() {
        try {
            model.close();
        } finally {
            decoder.close();
        }
    }
}
