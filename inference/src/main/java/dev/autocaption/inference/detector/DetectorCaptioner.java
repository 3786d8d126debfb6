package dev.autocaption.inference.detector;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.Detection;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.detector.model.DetectorModelStore;
import dev.autocaption.inference.detector.model.InstalledModel;
import dev.autocaption.inference.detector.model.ModelFetchException;
import dev.autocaption.inference.detector.model.ModelPackage;
import dev.autocaption.inference.image.DecodedImage;
import dev.autocaption.inference.image.ImageDecoder;
import dev.autocaption.inference.image.ImageDecodingException;
import dev.autocaption.inference.precision.PrecisionChoice;
import dev.autocaption.inference.precision.PrecisionDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.exceptions.TensorFlowException;

/**
 * The {@code detector} engine: NanoDet-g (COCO, 80 classes) finds objects, {@link DetectionCaption} turns the
 * confident ones into "May be an image of 2 people and a dog." Images with nothing confident get no caption (an
 * empty, successful {@link CaptionResult}).
 *
 * <p>Owns one Graph/Session (converted once, cached, warmed up at construction) and a bounded worker pool (the
 * graph takes one image per run). Thread-safe. {@link #close()} waits for images in flight, then frees the model.
 */
public final class DetectorCaptioner implements ImageCaptioner {
    /** The engine's config name. */
    public static final String ENGINE = "detector";
    /** Detections below this score are not reported at all (captions use the higher caption threshold). */
    public static final double DETECTION_FLOOR = 0.3;
    static final double PER_CLASS_IOU = 0.6;
    static final int MAX_DETECTIONS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(DetectorCaptioner.class);

    private final NanoDetModel model;
    private final PrecisionDecision precision;
    private final String modelId;
    private final ImageDecoder decoder;
    private final DetectionCaption captions;
    private final ExecutorService workers;

    private DetectorCaptioner(NanoDetModel model, PrecisionDecision precision, String modelId,
            DetectorSettings settings) {
        this.model = model;
        this.precision = precision;
        this.modelId = modelId;
        this.decoder = new ImageDecoder(settings.maxImagePixels(), settings.decoding());
        this.captions = new DetectionCaption(settings.captionThreshold());
        this.workers = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "detector-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Loads verified model files: converts them (or reads the cached GraphDef), imports, warms up.
     *
     * @throws CaptioningException when conversion, import or the warm-up run fails
     */
    public static DetectorCaptioner open(InstalledModel installed, DetectorSettings settings)
            throws CaptioningException {
        return open(installed, settings, PrecisionChoice.onThisMachine(null));
    }

    /**
     * The same, with {@code settings.precision()} decided by {@code choice} (for {@code auto}: by timing both
     * precisions at the first load on a CPU with bf16 units, the decision kept where {@code choice} keeps them).
     */
    public static DetectorCaptioner open(InstalledModel installed, DetectorSettings settings, PrecisionChoice choice)
            throws CaptioningException {
        Objects.requireNonNull(settings, "settings");
        long start = System.nanoTime();
        DetectorPrecision.Loaded loaded = DetectorPrecision.load(installed, settings, choice);
        NanoDetModel model = loaded.model();
        LOG.info("detector {} loaded from {} in {} ms (warm-up run {} ms; {})", installed.modelId(),
                installed.directory(), (System.nanoTime() - start) / 1_000_000, model.warmUpMillis(),
                loaded.decision().reason());
        try {
            return new DetectorCaptioner(model, loaded.decision(), installed.modelId(), settings);
        } catch (RuntimeException e) {
            model.close();
            throw new CaptioningException("detector " + installed.modelId() + ": could not create its image decoder "
                    + "(" + settings.decoding() + "): " + e.getMessage(), e);
        }
    }

    /**
     * Opens the model in {@code config.path()} (a detector model directory such as {@code models/detector}).
     *
     * @param captionThreshold detections below this are not mentioned in captions (default 0.5)
     * @throws CaptioningException when the model files are missing or fail their hashes (the message says how to
     *                             install them), or loading fails
     */
    public static DetectorCaptioner open(ModelConfig config, double captionThreshold) throws CaptioningException {
        InstalledModel installed;
        try {
            installed = DetectorModelStore.verify(config.path(), ModelPackage.NANODET);
        } catch (ModelFetchException e) {
            throw new CaptioningException(e.getMessage(), e);
        }
        return open(installed, DetectorSettings.from(config, captionThreshold),
                PrecisionChoice.onThisMachine(config.dataDirectory()));
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    /** The precision the network runs in and why (for {@code auto}: the figures it was chosen by). */
    public PrecisionDecision precision() {
        return precision;
    }

    public double captionThreshold() {
        return captions.threshold();
    }

    /**
     * Finds objects in each image. Never throws for a bad image: its result carries the error.
     *
     * @return one result per input, in input order
     * @throws CaptioningException when TensorFlow itself fails
     */
    public List<DetectionResult> detect(List<ImageInput> images) throws CaptioningException {
        List<Future<DetectionResult>> pending = new ArrayList<>(images.size());
        try {
            for (ImageInput image : images) {
                pending.add(workers.submit(() -> detectOne(image)));
            }
        } catch (RejectedExecutionException e) {
            throw new CaptioningException("the detector " + modelId + " is closed", e);
        }
        List<DetectionResult> results = new ArrayList<>(images.size());
        for (int i = 0; i < pending.size(); i++) {
            results.add(await(pending.get(i), images.get(i)));
        }
        return results;
    }

    /** The caption for one image's detections: none when nothing reaches the threshold. */
    public CaptionResult caption(DetectionResult detections) {
        if (detections.failed()) {
            return CaptionResult.failed(detections.imageId(), detections.error());
        }
        return CaptionResult.detected(detections.imageId(), captions.describe(detections.detections()).stream().toList(),
                detections.detections());
    }

    @Override
    public List<CaptionResult> caption(List<ImageInput> images) throws CaptioningException {
        return detect(images).stream().map(this::caption).toList();
    }

    private DetectionResult detectOne(ImageInput input) {
        DecodedImage image;
        try {
            image = decoder.decode(input.id(), input.bytes());
        } catch (ImageDecodingException e) {
            return DetectionResult.failed(input.id(), e.getMessage());
        }
        Letterbox box = Letterbox.fit(image.width(), image.height(), NanoDetPreprocessor.SIZE);
        NanoDetModel.Outputs out = model.run(NanoDetPreprocessor.toInput(image, box));
        return DetectionResult.of(input.id(), postprocess(out, box));
    }

    /**
     * Candidates above the floor, per-class NMS in input pixels, then mapped back to image pixels; boxes lying
     * wholly in the letterbox border vanish.
     */
    static List<Detection> postprocess(NanoDetModel.Outputs out, Letterbox box) {
        List<Detection> candidates = GflDecoder.decode(out.scores(), out.boxes(), box.size(), DETECTION_FLOOR);
        List<Detection> kept = NonMaxSuppression.perClass(candidates, PER_CLASS_IOU, MAX_DETECTIONS);
        return kept.stream().map(box::toImage).filter(d -> d.area() > 0).toList();
    }

    NanoDetModel model() {
        return model;
    }

    ImageDecoder decoder() {
        return decoder;
    }

    private static DetectionResult await(Future<DetectionResult> future, ImageInput image)
            throws CaptioningException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptioningException("interrupted while detecting objects in " + image.id(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TensorFlowException || cause instanceof IllegalStateException) {
                throw new CaptioningException("the detector failed on " + image.id() + ": " + cause.getMessage(),
                        cause);
            }
            throw new IllegalStateException("unexpected failure detecting objects in " + image.id(), cause);
        }
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.MINUTES)) {
                LOG.warn("detector workers still running after 5 minutes; closing the session anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            model.close();
        } finally {
            decoder.close();
        }
    }
}
