package dev.autocaption.bot.metrics;

import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.inference.StageTimes;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The loaded captioner, timed: {@code autocaption_caption_batch_seconds} per call, {@code
 * autocaption_caption_image_seconds} (the call's time shared by its images) and {@code
 * autocaption_caption_batch_size}, and, for an engine that times its stages ({@link ImageCaptioner#stageTimes()}),
 * {@code autocaption_caption_stage_seconds} per stage (Show and Tell: decode, preprocess, encoder and beam search
 * apart), read from the engine at each scrape. Closing it closes the captioner; thread-safe as the captioner is.
 */
final class TimedCaptioner implements ImageCaptioner {
    private final ImageCaptioner captioner;
    private final MeterRegistry registry;
    private final Timer batches;
    private final Timer images;
    private final DistributionSummary sizes;

    TimedCaptioner(MeterRegistry registry, ImageCaptioner captioner) {
        this.captioner = captioner;
        this.registry = registry;
        String engine = captioner.engine();
        this.batches = Timer.builder("autocaption.caption.batch").description("Time of one captioning call "
                + "(encoder and beam search together)").tag("engine", engine).register(registry);
        this.images = Timer.builder("autocaption.caption.image").description("Captioning time per image (a call's "
                + "time divided by its images)").tag("engine", engine).register(registry);
        this.sizes = DistributionSummary.builder("autocaption.caption.batch.size").description("Images per "
                + "captioning call").tag("engine", engine).register(registry);
        for (String stage : captioner.stageTimes().nanos().keySet()) {
            FunctionTimer.builder("autocaption.caption.stage", captioner,
                            c -> c.stageTimes().images(), c -> c.stageTimes().nanosOf(stage), TimeUnit.NANOSECONDS)
                    .description("Captioning time per stage, summed over images (count: images captioned)")
                    .tags("engine", engine, "stage", stage).register(registry);
        }
    }

    @Override
    public String engine() {
        return captioner.engine();
    }

    @Override
    public String modelId() {
        return captioner.modelId();
    }

    @Override
    public List<CaptionResult> caption(List<ImageInput> inputs) throws CaptioningException {
        long start = registry.config().clock().monotonicTime();
        try {
            return captioner.caption(inputs);
        } finally {
            long took = registry.config().clock().monotonicTime() - start;
            batches.record(took, TimeUnit.NANOSECONDS);
            sizes.record(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                images.record(Duration.ofNanos(took / inputs.size()));
            }
        }
    }

    @Override
    public StageTimes stageTimes() {
        return captioner.stageTimes();
    }

    @Override
    public void close() {
        captioner.close();
    }

    @Override
    public String toString() {
        return captioner.toString();
    }
}
