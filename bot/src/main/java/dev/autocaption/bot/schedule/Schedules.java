package dev.autocaption.bot.schedule;

import dev.autocaption.config.ScheduleConfig;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The triggers of one account's job: the first cycle at start (offset by the account's stagger), then every
 * interval, or on the cron expression. Misfires (the daemon was busy or suspended) run once, now, instead of
 * catching up every missed cycle.
 *
 * <p>Jitter, so accounts do not fire together: each account has a fixed fraction derived from its id
 * ({@link #jitter}), the same after every restart. Interval accounts start up to a second later by it (on top of
 * the stagger); cron accounts have the seconds field of their expression moved forward by up to 59 seconds
 * ({@link #withJitter}), so {@code "0 0 * * * ?"} fires at, say, 00:00:37 past each hour for one account and
 * 00:00:12 for another.
 */
public final class Schedules {
    /** How far apart (at most) consecutive accounts start. */
    static final Duration MAX_STAGGER = Duration.ofSeconds(5);

    /** A seconds field that jitter may move: plain seconds or a list of them ({@code 0}, {@code 0,30}). */
    private static final Pattern PLAIN_SECONDS = Pattern.compile("\\d{1,2}(,\\d{1,2})*");

    private Schedules() {
    }

    /** The account's jitter: a fraction in [0, 1) fixed by its id (CRC-32), so a restart keeps it. */
    public static double jitter(String accountId) {
        CRC32 crc = new CRC32();
        crc.update(accountId.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() / (double) (1L << 32);
    }

    /**
     * The schedule the account really runs: a cron expression with its seconds field moved forward by the
     * account's jitter (0..59 s, wrapping within the minute) when that field is plain seconds or a list of them;
     * any other seconds field ({@code *}, ranges, steps) and interval schedules are returned unchanged.
     */
    public static ScheduleConfig withJitter(ScheduleConfig schedule, String accountId) {
        if (schedule.cron() == null) {
            return schedule;
        }
        String[] fields = schedule.cron().strip().split("\\s+");
        if (!PLAIN_SECONDS.matcher(fields[0]).matches()) {
            return schedule;
        }
        int offset = (int) (jitter(accountId) * 60);
        fields[0] = Arrays.stream(fields[0].split(",")).map(second -> Integer.toString(
                (Integer.parseInt(second) + offset) % 60)).collect(Collectors.joining(","));
        return ScheduleConfig.cron(String.join(" ", fields));
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
