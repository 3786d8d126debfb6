package dev.autocaption.bot.schedule;

import dev.autocaption.config.ScheduleConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The triggers of one account's job: the first cycle at start (offset by the account's stagger), then every
 * interval, or on the cron expression. Misfires (the daemon was busy or suspended) run once, now, instead of
 * catching up every missed cycle.
 */
public final class Schedules {
    /** How far apart (at most) consecutive accounts start. */
    static final Duration MAX_STAGGER = Duration.ofSeconds(5);

    private Schedules() {
    }

    /**
     * A stagger for the account at {@code index}: spread over the interval (at most 5 s apart), plus up to a
     * second of jitter, so accounts do not fire together.
     */
    public static Duration stagger(int index, int accounts, ScheduleConfig schedule, double jitter) {
        Duration period = schedule.interval() == null ? Duration.ofMinutes(1) : schedule.interval();
        Duration step = period.dividedBy(Math.max(1, accounts));
        if (step.compareTo(MAX_STAGGER) > 0) {
            step = MAX_STAGGER;
        }
        return step.multipliedBy(index).plusMillis((long) (Math.max(0, Math.min(1, jitter)) * 1000));
    }

    /** The triggers for a job, starting at {@code now + stagger}. */
    public static List<Trigger> triggers(JobKey job, ScheduleConfig schedule, Instant now, Duration stagger) {
        Date first = Date.from(now.plus(stagger));
        List<Trigger> triggers = new ArrayList<>();
        if (schedule.interval() != null) {
            triggers.add(TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getName() + "-interval")
                    .startAt(first).withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(schedule.interval().toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNowWithExistingCount()).build());
            return triggers;
        }
        triggers.add(TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getName() + "-start").startAt(first)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build());
        triggers.add(TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getName() + "-cron")
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
                        .withMisfireHandlingInstructionFireAndProceed()).build());
        return triggers;
    }
}
