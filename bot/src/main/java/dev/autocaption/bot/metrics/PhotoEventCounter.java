package dev.autocaption.bot.metrics;

import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.bot.pipeline.PipelineListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Counts the pipeline's events per account ({@code autocaption_photos_total{account, event}}: discovered,
 * captioned, queued, approved, dropped, posted, skipped, failed, retry, rolled_back) and finished cycles
 * ({@code autocaption_cycles_total{account}}), then passes each event on. Thread-safe, as listeners must be.
 */
final class PhotoEventCounter implements PipelineListener {
    /** The events that concern one photo; the others (account, approvals-file lines) are not counted as photos. */
    static final Set<PipelineEvent.Kind> PHOTO_EVENTS = EnumSet.of(PipelineEvent.Kind.DISCOVERED,
            PipelineEvent.Kind.CAPTIONED, PipelineEvent.Kind.QUEUED, PipelineEvent.Kind.APPROVED,
            PipelineEvent.Kind.DROPPED, PipelineEvent.Kind.POSTED, PipelineEvent.Kind.SKIPPED,
            PipelineEvent.Kind.FAILED, PipelineEvent.Kind.RETRY, PipelineEvent.Kind.ROLLED_BACK);

    private final MeterRegistry registry;
    private final PipelineListener next;

    PhotoEventCounter(MeterRegistry registry, PipelineListener next) {
        this.registry = registry;
        this.next = next;
    }

    /** Registers every counter of an account at zero, so that a rate can be taken before its first event. */
    void register(String accountId) {
        PHOTO_EVENTS.forEach(kind -> photos(accountId, kind));
        cycles(accountId);
    }

    @Override
    public void on(PipelineEvent event) {
        String account = accountOf(event.key());
        if (PHOTO_EVENTS.contains(event.kind())) {
            photos(account, event.kind()).increment();
        } else if (event.kind() == PipelineEvent.Kind.CYCLE) {
            cycles(account).increment();
        }
        next.on(event);
    }

    private Counter photos(String account, PipelineEvent.Kind kind) {
        return Counter.builder("autocaption.photos").description("Photo events of the pipeline, per account")
                .tag("account", account).tag("event", kind.name().toLowerCase(Locale.ROOT)).register(registry);
    }

    private Counter cycles(String account) {
        return Counter.builder("autocaption.cycles").description("Finished poll cycles, per account")
                .tag("account", account).register(registry);
    }

    /** Photo events are keyed {@code <account>/<photo>}, account events by the account id (ids have no slash). */
    static String accountOf(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }
}
