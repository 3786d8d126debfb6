/**
 * The caption filter: score thresholds, content rules and review modes decide post, queue or drop; {@link
 * dev.autocaption.bot.filter.Hedging} words the middle band when auto mode posts it hedged.
 */
package dev.autocaption.bot.filter;
