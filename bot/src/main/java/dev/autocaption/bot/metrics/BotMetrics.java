package dev.autocaption.bot.metrics;

import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.pipeline.PipelineListener;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.store.Database;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The daemon's meters in one Prometheus registry: JVM memory, GC, threads, class loading, CPU and uptime, the
 * process's resident memory, and the daemon's own meters, added through the decorators this class hands out.
 * Built by {@code Bot}, which closes it after the database. Thread-safe.
 */
public final class BotMetrics implements AutoCloseable {
    /** The content type of {@link #scrape()}: Prometheus text format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final AtomicLong modelLoadNanos = new AtomicLong(-1);
    private final PhotoEventCounter events;

    private BotMetrics(PipelineListener next) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("process.memory.resident", ProcessMemory::residentBytes).baseUnit("bytes")
                .description("Resident memory of the process (VmRSS): heap, non-heap and native (TensorFlow)")
                .register(registry);
        this.events = new PhotoEventCounter(registry, next);
    }

    /**
     * @param next where the pipeline's events go after they are counted (the console, the log)
     */
    public static BotMetrics create(PipelineListener next) {
        return new BotMetrics(next);
    }

    /** The pipeline listener that counts each event, then passes it to the {@code next} given at creation. */
    public PipelineListener listener() {
        return events;
    }

    /** The captioner, timed per call; closing the result closes {@code captioner}. */
    public ImageCaptioner timed(ImageCaptioner captioner) {
        return new TimedCaptioner(registry, captioner);
    }

    /** The account's connector, its operations and failures counted. */
    public PhotoSource counted(PhotoSource source) {
        return new CountedPhotoSource(registry, source);
    }

    /** Records how long the model took to load ({@code autocaption_model_load_seconds{engine, model}}). */
    public void modelLoaded(ImageCaptioner captioner, Duration took) {
        if (modelLoadNanos.getAndSet(took.toNanos()) < 0) {
            TimeGauge.builder("autocaption.model.load", modelLoadNanos, TimeUnit.NANOSECONDS, AtomicLong::get)
                    .description("How long loading the model took at start").tags("engine", captioner.engine(),
                            "model", captioner.modelId()).register(registry);
        }
    }

    /** Gauges of the store and the connectors for each watched account; the counters of each start at zero. */
    public void watch(Database database, List<WatchedAccount> accounts) {
        for (WatchedAccount account : accounts) {
            events.register(account.id());
            StoreGauges.bind(registry, database, account);
        }
    }

    /** Every meter in Prometheus text format ({@link #CONTENT_TYPE}). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
