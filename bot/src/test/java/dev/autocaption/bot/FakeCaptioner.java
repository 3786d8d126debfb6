package dev.autocaption.bot;

import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.Detection;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.StageTimes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A captioner that really decodes each image and answers by its width: tests give each seeded photo its own width
 * and say which caption and score that width gets. Images that do not decode fail as a real engine's would. As a
 * detector ({@link #asDetector()}) it reports the engine {@code detector} and answers scripted widths with their
 * detections and at most one caption, as {@code DetectorCaptioner} does.
 */
public final class FakeCaptioner implements ImageCaptioner {
    public static final String MODEL_ID = "fake-model-1";
    public static final long ENCODER_NANOS_PER_BATCH = 40_000_000L;
    public static final long BEAM_NANOS_PER_IMAGE = 5_000_000L;

    private final Map<Integer, List<Caption>> byWidth;
    private final Map<Integer, List<Detection>> seenByWidth;
    private final java.util.Set<Integer> crashing;
    private final AtomicInteger batches;
    private final AtomicInteger images;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile double defaultScore = 0.9;
    private volatile String engine = "show-and-tell";

    public FakeCaptioner() {
        this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet(), new AtomicInteger(),
                new AtomicInteger());
    }

    private FakeCaptioner(Map<Integer, List<Caption>> byWidth, Map<Integer, List<Detection>> seenByWidth,
                          java.util.Set<Integer> crashing, AtomicInteger batches, AtomicInteger images) {
        this.byWidth = byWidth;
        this.seenByWidth = seenByWidth;
        this.crashing = crashing;
        this.batches = batches;
        this.images = images;
    }

    /** A new open instance with the same script and counters, as loading the model again would give. */
    public FakeCaptioner open() {
        FakeCaptioner copy = new FakeCaptioner(byWidth, seenByWidth, crashing, batches, images);
        copy.defaultScore = defaultScore;
        copy.engine = engine;
        return copy;
    }

    /** A batch holding an image this wide makes the whole call throw, as an engine that cannot take it would. */
    public FakeCaptioner crashOn(int width) {
        crashing.add(width);
        return this;
    }

    /** Images this wide get {@code text} with {@code score}, and a second, weaker candidate. */
    public FakeCaptioner say(int width, String text, double score) {
        byWidth.put(width, List.of(caption(text, score), caption("A picture of something.", score / 2)));
        return this;
    }

    /** Images this wide get these candidates, in this order, as a beam that ranks by log-probability would. */
    public FakeCaptioner sayInEngineOrder(int width, Caption... candidates) {
        byWidth.put(width, List.of(candidates));
        return this;
    }

    /** Reports the engine {@code detector} from now on (and in every instance {@link #open()} gives). */
    public FakeCaptioner asDetector() {
        this.engine = "detector";
        return this;
    }

    /**
     * Images this wide get these detections and, when {@code text} is not null, that one caption with {@code score};
     * a null text is a detector that recognised nothing it is sure of.
     */
    public FakeCaptioner see(int width, String text, double score, Detection... detections) {
        byWidth.put(width, text == null ? List.of() : List.of(caption(text, score)));
        seenByWidth.put(width, List.of(detections));
        return this;
    }

    /** Score of the caption for widths nobody scripted. */
    public FakeCaptioner defaultScore(double score) {
        this.defaultScore = score;
        return this;
    }

    public int batches() {
        return batches.get();
    }

    public int images() {
        return images.get();
    }

    public boolean closed() {
        return closed.get();
    }

    /**
     * As a timed engine reports: the encoder costs {@value #ENCODER_NANOS_PER_BATCH} ns per call, the beam search
     * {@value #BEAM_NANOS_PER_IMAGE} ns per image (simulated, not measured).
     */
    @Override
    public StageTimes stageTimes() {
        return new StageTimes(images.get(), Map.of("encoder", batches.get() * ENCODER_NANOS_PER_BATCH,
                "beam", images.get() * BEAM_NANOS_PER_IMAGE));
    }

    @Override
    public String engine() {
        return engine;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public List<CaptionResult> caption(List<ImageInput> inputs) throws CaptioningException {
        if (closed.get()) {
            throw new IllegalStateException("captioner is closed");
        }
        batches.incrementAndGet();
        images.addAndGet(inputs.size());
        List<CaptionResult> results = new ArrayList<>();
        for (ImageInput input : inputs) {
            results.add(captionOne(input));
        }
        for (ImageInput input : crashing.isEmpty() ? List.<ImageInput>of() : inputs) {
            Integer width = width(input);
            if (width != null && crashing.contains(width)) {
                throw new CaptioningException("session.run failed on a batch of " + inputs.size() + " images "
                        + "(simulated for images " + width + " px wide)");
            }
        }
        return results;
    }

    private static Integer width(ImageInput input) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(input.bytes()));
            return image == null ? null : image.getWidth();
        } catch (IOException e) {
            return null;
        }
    }

    private CaptionResult captionOne(ImageInput input) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(input.bytes()));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            return CaptionResult.failed(input.id(), "image " + input.id() + ": not a decodable image ("
                    + input.bytes().length + " bytes)");
        }
        List<Caption> scripted = byWidth.get(image.getWidth());
        return new CaptionResult(input.id(), scripted != null ? scripted
                : List.of(caption("A photo of object number " + image.getWidth() + ".", defaultScore)), null,
                seenByWidth.getOrDefault(image.getWidth(), List.of()));
    }

    public static Caption caption(String text, double score) {
        List<String> tokens = Arrays.stream(text.toLowerCase(Locale.ROOT).replace(".", "").split(" ")).toList();
        double logProbability = Math.log(Math.max(score, 1e-9)) * (tokens.size() + 1);
        return new Caption(text, tokens, logProbability, Math.exp(logProbability), score);
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
