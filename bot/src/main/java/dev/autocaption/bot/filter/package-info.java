/**
 * The caption filter: score thresholds, content rules and review modes decide post, queue or drop; {@link
 * dev.autocaption.bot.filter.Hedging} words the middle band when auto mode posts it hedged. The filter judges
 * {@link dev.autocaption.bot.filter.Candidate}s, read from the store's candidates, not the engine's captions.
 */
package dev.autocaption.bot.filter;
