/**
 * The daemon's work on one account, as plain classes the Quartz job and the CLI call: {@link
 * dev.autocaption.bot.pipeline.Discovery} (poll and record), {@link dev.autocaption.bot.pipeline.Captioning}
 * (download and caption in batches), {@link dev.autocaption.bot.pipeline.Screening} (filter decision), {@link
 * dev.autocaption.bot.pipeline.Publisher} (the outbox, exactly once) and {@link
 * dev.autocaption.bot.pipeline.Rollback}. Every photo state change is its own transaction, so a crash leaves each
 * photo in its last committed state and the next cycle resumes from there.
 *
 * <p>Exactly once: a post is claimed (photo {@code posting}) and the remote field's current text recorded before
 * the remote write; an entry still claimed after a crash is reconciled from the remote state (our text already
 * there, or our marker tag) instead of being written again.
 */
package dev.autocaption.bot.pipeline;
