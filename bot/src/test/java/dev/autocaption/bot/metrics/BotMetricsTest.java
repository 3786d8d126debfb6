package dev.autocaption.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.bot.pipeline.PipelineListener;
import dev.autocaption.simulator.Fault;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.WriteMode;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotMetricsTest {
    @TempDir
    Path dir;

    @Test
    void pipelineEventsAreCountedPerAccountAndPassedOn() {
        List<PipelineEvent> passed = new CopyOnWriteArrayList<>();
        try (BotMetrics metrics = BotMetrics.create(passed::add)) {
            metrics.listener().on(new PipelineEvent(PipelineEvent.Kind.QUEUED, "flickr-main/1", "score 0.5"));
            metrics.listener().on(new PipelineEvent(PipelineEvent.Kind.QUEUED, "flickr-main/2", "score 0.5"));
            metrics.listener().on(new PipelineEvent(PipelineEvent.Kind.POSTED, "fb-shop/3", "text"));
            metrics.listener().on(new PipelineEvent(PipelineEvent.Kind.CYCLE, "fb-shop", "run 1 succeeded"));

            assertThat(metrics.scrape()).contains(
                    "autocaption_photos_total{account=\"flickr-main\",event=\"queued\"} 2.0",
                    "autocaption_photos_total{account=\"fb-shop\",event=\"posted\"} 1.0",
                    "autocaption_cycles_total{account=\"fb-shop\"} 1.0");
            assertThat(passed).hasSize(4);
        }
    }

    @Test
    void apiCallsAndErrorsAreCountedByPlatformAndTheCodeTheConnectorGave() {
        try (SimulatedAccounts sims = new SimulatedAccounts(dir);
             BotMetrics metrics = BotMetrics.create(PipelineListener.NONE)) {
            PhotoSource source = metrics.counted(sims.watch(sims.flickrAccount(ReviewMode.HYBRID,
                    WriteMode.FILL_EMPTY)).source());
            sims.flickr.faults().once("flickr.photos.search", new Fault.FlickrError(98, "Invalid auth token"));

            assertThatExceptionOfType(ConnectorException.class).isThrownBy(() -> source.poll(
                    PollCursor.startingAt(Instant.EPOCH)));

            assertThat(metrics.scrape()).contains("autocaption_api_calls_total{account=\"flickr-main\","
                    + "operation=\"poll\",platform=\"flickr\"} 1.0", "autocaption_api_errors_total{account="
                    + "\"flickr-main\",code=\"flickr-98\",operation=\"poll\",platform=\"flickr\"} 1.0");
        }
    }

    @Test
    void captioningIsTimedPerCallAndImageWithItsBatchSize() throws Exception {
        try (BotMetrics metrics = BotMetrics.create(PipelineListener.NONE);
             ImageCaptioner captioner = metrics.timed(new FakeCaptioner())) {
            captioner.caption(List.of(new ImageInput("a", jpeg(40)),
                    new ImageInput("b", jpeg(50))));

            assertThat(metrics.scrape()).contains(
                    "autocaption_caption_batch_seconds_count{engine=\"show-and-tell\"} 1",
                    "autocaption_caption_image_seconds_count{engine=\"show-and-tell\"} 2",
                    "autocaption_caption_batch_size_sum{engine=\"show-and-tell\"} 2.0");
        }
    }

    @Test
    void encoderAndBeamSearchAreTimedApartFromTheEnginesOwnStageTimes() throws Exception {
        try (BotMetrics metrics = BotMetrics.create(PipelineListener.NONE);
             ImageCaptioner captioner = metrics.timed(new FakeCaptioner())) {
            captioner.caption(List.of(new ImageInput("a", jpeg(40)), new ImageInput("b", jpeg(50))));
            captioner.caption(List.of(new ImageInput("c", jpeg(60))));

            assertThat(metrics.scrape()).contains(
                    "autocaption_caption_stage_seconds_count{engine=\"show-and-tell\",stage=\"encoder\"} 3",
                    "autocaption_caption_stage_seconds_sum{engine=\"show-and-tell\",stage=\"encoder\"} 0.08",
                    "autocaption_caption_stage_seconds_sum{engine=\"show-and-tell\",stage=\"beam\"} 0.015");
        }
    }

    @Test
    void theModelsLoadTimeIsAGauge() {
        try (BotMetrics metrics = BotMetrics.create(PipelineListener.NONE)) {
            metrics.modelLoaded(new FakeCaptioner(), Duration.ofMillis(1500));

            assertThat(metrics.scrape()).contains("autocaption_model_load_seconds{engine=\"show-and-tell\","
                    + "model=\"fake-model-1\"} 1.5");
        }
    }

    @Test
    void jvmAndProcessMemoryAreMeasured() {
        try (BotMetrics metrics = BotMetrics.create(PipelineListener.NONE)) {
            assertThat(metrics.scrape()).contains("jvm_memory_used_bytes{area=\"heap\"", "jvm_gc_",
                    "process_memory_resident_bytes ");
        }
    }

    private static byte[] jpeg(int width) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, 30, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }
}
