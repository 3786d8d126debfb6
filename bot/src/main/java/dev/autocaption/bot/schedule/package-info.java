/**
 * Scheduling: {@link dev.autocaption.bot.schedule.PollCycle} (one plain cycle of one account), {@link
 * dev.autocaption.bot.schedule.PollJob} (the thin Quartz job around it), {@link
 * dev.autocaption.bot.schedule.BotJobFactory} (hands Quartz the pre-built jobs, no reflection) and {@link
 * dev.autocaption.bot.schedule.Schedules} (interval or cron triggers, first cycle at start, jitter, misfire "run
 * once now"). Quartz uses its in-memory job store; our state is in our own tables.
 */
package dev.autocaption.bot.schedule;
