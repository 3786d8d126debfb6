package dev.autocaption.inference.showandtell;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.beam.BeamSearch;
import dev.autocaption.inference.beam.Hypothesis;
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
 *
 * <p>Owns its {@link ShowAndTellModel} (graph + session) until {@link #close()}; thread-safe. Build it with
 * {@link ShowAndTellLoader}.
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

    /** Takes ownership of {@code model}. */
    public TensorFlowCaptioner(ShowAndTellModel model, Vocabulary vocabulary, String modelId, ModelConfig config) {
        this.model = model;
        this.vocabulary = vocabulary;
        this.modelId = modelId;
        this.decoder = new ImageDecoder(config.maxImagePixels());
        this.search = new BeamSearch(config.beamSize(), config.maxLength(), config.lengthNormalization());
        this.captions = new CaptionDecoder(vocabulary);
        this.batchSize = config.batchSize();
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
            List<List<Caption>> batch = captionBatch(pixels.subList(from, to));
            for (int k = from; k < to; k++) {
                int i = ready.get(k);
                results[i] = CaptionResult.of(images.get(i).id(), batch.get(k - from));
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

    private List<List<Caption>> captionBatch(List<float[]> inputs) throws CaptioningException {
        int n = inputs.size();
        int each = inputs.get(0).length;
        float[] batch = new float[n * each];
        for (int i = 0; i < n; i++) {
            System.arraycopy(inputs.get(i), 0, batch, i * each, each);
        }
        long t0 = System.nanoTime();
        float[][] states;
        List<List<Hypothesis>> found;
        try {
            states = model.initialStates(batch, n);
            long t1 = System.nanoTime();
            stats.encoder(t1 - t0);
            found = search.search(states, vocabulary.startId(), vocabulary.endId(), model);
            stats.beam(System.nanoTime() - t1);
        } catch (RuntimeException e) {
            throw new CaptioningException("TensorFlow failed on a batch of " + n + " images (model " + modelId
                    + "): " + e.getMessage(), e);
        }
        List<List<Caption>> out = new ArrayList<>(n);
        for (List<Hypothesis> hypotheses : found) {
            out.add(hypotheses.stream().map(captions::caption).toList());
        }
        return out;
    }

    @Override
    public void close() {
        model.close();
    }
}
