package dev.autocaption.inference.showandtell;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.Familiarity;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.StageTimes;
import dev.autocaption.inference.beam.BeamSearch;
import dev.autocaption.inference.domain.DomainStatistics;
import dev.autocaption.inference.precision.PrecisionDecision;
import dev.autocaption.inference.image.ImageDecoder;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Show and Tell in-process: decode each image in Java, preprocess it in the graph, run the encoder on up to
 * {@code batchSize} images at once, then beam-search all of them together (every live beam of every image in one
 * {@code session.run} per step). An image that cannot be decoded gets an error result and never affects the others.
 * When the model carries {@link DomainStatistics}, the same encoder run also returns the pooled features, and each
 * caption's score is multiplied by the image's {@link Familiarity} (the out-of-domain guard).
 *
 * <p>A call with more than one batch of images runs overlapped ({@link OverlappedCaptioning}): the next batch is
 * decoded while the encoder works on this one, and this one's beam search runs during the next encoder run.
 * {@link #captionSequentially} runs the same stages one after the other, with the same batches and so the same
 * captions, for comparison.
 *
 * <p>Owns its {@link ShowAndTellModel} (graph + session), its {@link ImageDecoder} (with {@code model.jpeg-dct:
 * fast}, TensorFlow's JPEG decoder in a session of its own, made after the model's) and the decode and beam
 * threads until {@link #close()}; thread-safe. Build it with {@link ShowAndTellLoader}.
 */
public final class TensorFlowCaptioner implements ImageCaptioner {
    public static final String ENGINE = "show-and-tell";

    private final ShowAndTellModel model;
    private final String modelId;
    private final ImageDecoder decoder;
    private final int batchSize;
    private final CaptionerStats stats = new CaptionerStats();
    private final DomainStatistics domain;
    private final PrecisionDecision precision;
    private final CaptionStages stages;
    private final SequentialCaptioning sequential;
    private final OverlappedCaptioning overlapped;

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
        this(model, vocabulary, modelId, config, domain, PrecisionDecision.fixed(model.precision(),
                model.precision().configName() + ": as the model was built"));
    }

    /** The same, recording why the encoder runs in the precision it does ({@code precision}). */
    public TensorFlowCaptioner(ShowAndTellModel model, Vocabulary vocabulary, String modelId, ModelConfig config,
            DomainStatistics domain, PrecisionDecision precision) {
        if (domain != null && domain.featureSize() != model.architecture().featureSize()) {
            model.close();
            throw new IllegalArgumentException("domain statistics have " + domain.featureSize() + " features, the "
                    + "encoder has " + model.architecture().featureSize());
        }
        this.domain = domain;
        this.precision = precision;
        this.model = model;
        this.modelId = modelId;
        this.decoder = decoderOwning(model, config);
        this.batchSize = config.batchSize();
        BeamSearch search = new BeamSearch(config.beamSize(), config.maxLength(), config.lengthNormalization());
        this.stages = new ModelStages(model, decoder, search, vocabulary, domain, stats, modelId);
        this.sequential = new SequentialCaptioning(stages);
        this.overlapped = new OverlappedCaptioning(stages);
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

    /** The model (device, architecture, precision); do not close it, the captioner owns it. */
    public ShowAndTellModel model() {
        return model;
    }

    public CaptionerStats stats() {
        return stats;
    }

    /** {@code decode}, {@code preprocess}, {@code encoder} and {@code beam}, from {@link #stats()}. */
    @Override
    public StageTimes stageTimes() {
        CaptionerStats.Snapshot s = stats.snapshot();
        Map<String, Long> nanos = new LinkedHashMap<>();
        nanos.put("decode", s.decodeNanos());
        nanos.put("preprocess", s.preprocessNanos());
        nanos.put("encoder", s.encoderNanos());
        nanos.put("beam", s.beamNanos());
        return new StageTimes(s.images(), nanos);
    }

    /** The encoder's precision and why (for {@code auto}: the figures it was chosen by). */
    public PrecisionDecision precision() {
        return precision;
    }

    /** Images per encoder run. */
    public int batchSize() {
        return batchSize;
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
        ImageBatch.Assembler assembler = new ImageBatch.Assembler(batchSize);
        List<float[]> out = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            float[] input = stages.prepare(images.get(i), failures, i);
            if (input == null) {
                throw new CaptioningException("cannot compute the features of " + images.get(i).id() + ": "
                        + failures[i].error());
            }
            addFeatures(assembler.add(images.get(i).id(), i, input), out);
        }
        addFeatures(assembler.rest(), out);
        return out;
    }

    private void addFeatures(ImageBatch batch, List<float[]> out) throws CaptioningException {
        if (batch == null) {
            return;
        }
        try {
            out.addAll(List.of(model.features(batch.pixels(), batch.size())));
        } catch (RuntimeException e) {
            throw new CaptioningException("TensorFlow failed computing the features of " + batch.size()
                    + " images " + batch.describe() + " (model " + modelId + "): " + e.getMessage(), e);
        }
    }

    /** Overlapped when there is more than one batch (see the class comment), else the stages in turn. */
    @Override
    public List<CaptionResult> caption(List<ImageInput> images) throws CaptioningException {
        return caption(images, batchSize);
    }

    /**
     * The same with {@code runBatchSize} images per encoder run for this call (1 to the configured batch size),
     * e.g. for a benchmark of several batch sizes on one model.
     */
    public List<CaptionResult> caption(List<ImageInput> images, int runBatchSize) throws CaptioningException {
        int size = checkedBatchSize(runBatchSize);
        return images.size() > size ? overlapped.caption(images, size) : sequential.caption(images, size);
    }

    /** The same captions as {@link #caption}, the stages one after the other on this thread (for comparison). */
    public List<CaptionResult> captionSequentially(List<ImageInput> images) throws CaptioningException {
        return captionSequentially(images, batchSize);
    }

    /** {@link #captionSequentially} with {@code runBatchSize} images per encoder run. */
    public List<CaptionResult> captionSequentially(List<ImageInput> images, int runBatchSize)
            throws CaptioningException {
        return sequential.caption(images, checkedBatchSize(runBatchSize));
    }

    private int checkedBatchSize(int runBatchSize) {
        if (runBatchSize < 1 || runBatchSize > batchSize) {
            throw new IllegalArgumentException("batch size must be in [1, " + batchSize + "], was " + runBatchSize);
        }
        return runBatchSize;
    }

    /** Stops the decode and beam threads (after the work handed to them), then closes the model and decoder. */
    @Override
    public void close() {
        try {
            overlapped.close();
        } finally {
            try {
                model.close();
            } finally {
                decoder.close();
            }
        }
    }
}
