package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.config.Engine;
import dev.autocaption.config.RetryConfig;
import dev.autocaption.store.CaptionCandidate;
import dev.autocaption.store.DetectedObject;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Downloads the account's due {@code discovered} photos and captions them with the shared captioner, a window of
 * {@value #WINDOW_BATCHES} batches per call, so that the captioner overlaps decoding, its encoder and beam search
 * across the window's batches; the next window downloads ({@link Downloads}) while this one is captioned.
 * Each captioning is stored with its engine, model and detections in the transaction that moves the photo to
 * {@code captioned}; one that produced no caption is stored too, and the filter then drops the photo as
 * {@code nothing recognised}. A failed download stays on its photo ({@link FailureScope}, {@link PhotoFailures}):
 * a transient one gives the photo its own next-try time and the batch goes on with the others, a permanent one ends
 * it failed; an image the decoder cannot read ends {@code skipped: bad image}. Only a failure of the account itself
 * stops the step.
 */
public final class Captioning {
    /** Photos taken from the store per cycle and account. */
    static final int MAX_PER_CYCLE = 200;
    /** Batches per captioner call. */
    static final int WINDOW_BATCHES = 4;
    private static final String NOTHING_RECOGNISED = "no caption: nothing recognised";

    private final ImageCaptioner captioner;
    private final int batchSize;
    private final RetryConfig retry;
    private final PhotoFailures failures;
    private final DownloadedImages downloaded;
    private final WorkClaims claims;

    public Captioning(ImageCaptioner captioner, int batchSize, RetryConfig retry) {
        this(captioner, batchSize, retry, DownloadedImages.NONE);
    }

    /** @param downloaded receives every image downloaded for captioning (the review page's thumbnails) */
    public Captioning(ImageCaptioner captioner, int batchSize, RetryConfig retry, DownloadedImages downloaded) {
        this(captioner, batchSize, retry, downloaded, WorkClaims.ALONE);
    }

    /** @param claims how photos are taken: alone, or claimed among cluster instances */
    public Captioning(ImageCaptioner captioner, int batchSize, RetryConfig retry, DownloadedImages downloaded,
                      WorkClaims claims) {
        this.claims = Objects.requireNonNull(claims, "claims");
        this.downloaded = Objects.requireNonNull(downloaded, "downloaded");
        this.captioner = Objects.requireNonNull(captioner, "captioner");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
        this.retry = Objects.requireNonNull(retry, "retry");
        this.failures = new PhotoFailures(retry);
    }

    /** The captioner's model id, recorded with every caption. */
    public String modelId() {
        return captioner.modelId();
    }

    /** How photos whose step failed are retried; the publisher follows the same rules. */
    public RetryConfig retry() {
        return retry;
    }

    public void run(Cycle cycle) throws ConnectorException, CaptioningException {
        List<Photo> photos = claims.photosToCaption(cycle, MAX_PER_CYCLE);
        if (photos.isEmpty()) {
            return;
        }
        try {
            captionAll(cycle, photos);
        } finally {
            claims.releasePhotos(cycle, photos);
        }
    }

    /** The claims are renewed after each window: a long captioning keeps its photos. */
    private void captionAll(Cycle cycle, List<Photo> photos) throws ConnectorException, CaptioningException {
        int window = batchSize * WINDOW_BATCHES;
        try (Downloads downloads = new Downloads(cycle)) {
            downloads.start(photos.subList(0, Math.min(photos.size(), window)));
            for (int from = 0; from < photos.size() && !cycle.stopping().getAsBoolean(); from += window) {
                List<Downloads.Downloaded> current = downloads.take();
                int next = from + window;
                if (next < photos.size()) {
                    downloads.start(photos.subList(next, Math.min(photos.size(), next + window)));
                }
                captionWindow(cycle, current);
                claims.renewPhotos(cycle, photos.subList(Math.min(photos.size(), next), photos.size()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping: the photos not captioned stay discovered
        }
    }

    /** Records the window's download failures, then captions what was downloaded. */
    private void captionWindow(Cycle cycle, List<Downloads.Downloaded> window)
            throws ConnectorException, CaptioningException {
        Map<String, Photo> byInput = new LinkedHashMap<>();
        List<ImageInput> inputs = new ArrayList<>();
        for (Downloads.Downloaded d : window) {
            if (d.failure() == null) {
                downloaded.downloaded(d.photo(), d.bytes());
                inputs.add(new ImageInput(d.photo().key(), d.bytes()));
                byInput.put(d.photo().key(), d.photo());
                continue;
            }
            FailureScope scope = FailureScope.of(d.failure());
            if (scope.concernsAccount()) {
                throw d.failure();
            }
            failures.record(cycle, d.photo(), PhotoState.DISCOVERED, scope, "download: " + d.failure().getMessage());
        }
        if (inputs.isEmpty()) {
            return;
        }
        for (CaptionResult result : captionIsolated(cycle, inputs, byInput)) {
            save(cycle, byInput.get(result.imageId()), result);
        }
    }

    /**
     * Captions the batch; when the engine throws for the batch, captions its images one by one, so that one image
     * the engine cannot take (rather than a broken engine) stays on its photo as a retry. A batch whose every
     * image fails alone too is the engine's failure, and is thrown without touching the photos.
     */
    private List<CaptionResult> captionIsolated(Cycle cycle, List<ImageInput> inputs, Map<String, Photo> byInput)
            throws CaptioningException {
        try {
            return captioner.caption(inputs);
        } catch (CaptioningException batchFailure) {
            if (inputs.size() == 1) {
                captioningFailed(cycle, byInput.get(inputs.get(0).id()), batchFailure);
                return List.of();
            }
            List<CaptionResult> results = new ArrayList<>();
            Map<String, CaptioningException> failed = new LinkedHashMap<>();
            for (ImageInput input : inputs) {
                try {
                    results.addAll(captioner.caption(List.of(input)));
                } catch (CaptioningException e) {
                    failed.put(input.id(), e);
                }
            }
            if (results.isEmpty()) {
                throw batchFailure;
            }
            failed.forEach((id, e) -> captioningFailed(cycle, byInput.get(id), e));
            return results;
        }
    }

    private void captioningFailed(Cycle cycle, Photo photo, CaptioningException e) {
        failures.record(cycle, photo, PhotoState.DISCOVERED, FailureScope.PHOTO_RETRY_LATER, "captioning: "
                + e.getMessage());
    }

    private void save(Cycle cycle, Photo photo, CaptionResult result) {
        if (result.failed()) {
            failures.record(cycle, photo, PhotoState.DISCOVERED, FailureScope.PHOTO_SKIPPED, "bad image: "
                    + result.error());
            return;
        }
        List<DetectedObject> detections = detections(result);
        List<CaptionCandidate> candidates = candidates(result.captions());
        cycle.database().useTransaction(tx -> {
            if (candidates.isEmpty()) {
                tx.captions().saveUncaptioned(photo.id(), engine(), captioner.modelId(), detections);
            } else {
                tx.captions().saveCandidates(photo.id(), candidates, detections);
            }
            tx.photos().transition(photo.id(), PhotoState.DISCOVERED, PhotoState.CAPTIONED, null);
        });
        cycle.counts().captioned();
        cycle.emit(PipelineEvent.Kind.CAPTIONED, photo.key(), result.best() == null ? NOTHING_RECOGNISED
                : String.format(Locale.ROOT, "\"%s\" (%.2f)", result.best().text(), result.best().score()));
    }

    /** What a detector engine saw in one image, as the store keeps it; empty for other engines. */
    public static List<DetectedObject> detections(CaptionResult result) {
        return result.detections().stream().map(d -> new DetectedObject(d.label(), d.score(), d.x(), d.y(),
                d.width(), d.height())).toList();
    }

    /** The engine's captions as store candidates, ranked in the engine's order. */
    public List<CaptionCandidate> candidates(List<Caption> captions) {
        Engine engine = engine();
        List<CaptionCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < captions.size(); i++) {
            Caption caption = captions.get(i);
            candidates.add(new CaptionCandidate(i + 1, caption.text(), caption.tokens(),
                    Math.min(0.0, caption.logProbability()), caption.probability(), caption.score(),
                    captioner.modelId(), engine));
        }
        return candidates;
    }

    /** The captioner's engine, recorded with every captioning. */
    public Engine engine() {
        String name = captioner.engine();
        for (Engine engine : Engine.values()) {
            if (engine.configName().equals(name)) {
                return engine;
            }
        }
        throw new IllegalStateException("captioner reports engine " + name + ", expected one of "
                + java.util.Arrays.stream(Engine.values()).map(Engine::configName).toList());
    }
}
