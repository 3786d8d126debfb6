/** The caption filter: score thresholds, content rules and review modes decide post, queue or drop. */
package dev.autocaption.bot.filter;
