package dev.autocaption.bot.pipeline;

/** Receives {@link PipelineEvent}s as they happen; called from the polling threads, so it must be thread-safe. */
@FunctionalInterface
public interface PipelineListener {
    /** Ignores everything. */
    PipelineListener NONE = event -> { };

    void on(PipelineEvent event);
}
