package dev.autocaption.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.ScheduleConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

class SchedulesTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final JobKey JOB = JobKey.jobKey("poll-flickr-main", "accounts");

    @Test
    void accountsAreStaggeredAtMostFiveSecondsApartPlusJitter() {
        ScheduleConfig every15m = ScheduleConfig.every(Duration.ofMinutes(15));

        assertThat(Schedules.stagger(0, 3, every15m, 0.0)).isEqualTo(Duration.ZERO);
        assertThat(Schedules.stagger(2, 3, every15m, 0.5)).isEqualTo(Duration.ofMillis(10_500));
        assertThat(Schedules.stagger(1, 100, ScheduleConfig.every(Duration.ofMinutes(1)), 0.0))
                .isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void intervalTriggerStartsAtTheStaggerAndRunsOnceNowAfterAMisfire() {
        List<Trigger> triggers = Schedules.triggers(JOB, ScheduleConfig.every(Duration.ofMinutes(15)), NOW,
                Duration.ofSeconds(3));

        assertThat(triggers).singleElement().isInstanceOfSatisfying(SimpleTrigger.class, trigger -> {
            assertThat(trigger.getStartTime()).isEqualTo(Date.from(NOW.plusSeconds(3)));
            assertThat(trigger.getRepeatInterval()).isEqualTo(Duration.ofMinutes(15).toMillis());
            assertThat(trigger.getMisfireInstruction())
                    .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT);
        });
    }

    @Test
    void cronScheduleAlsoRunsAFirstCycleAtStartAndFiresOnceAfterAMisfire() {
        List<Trigger> triggers = Schedules.triggers(JOB, ScheduleConfig.cron("0 0 * * * ?"), NOW, Duration.ZERO);

        assertThat(triggers).hasSize(2);
        assertThat(triggers.get(0)).isInstanceOf(SimpleTrigger.class);
        assertThat(triggers.get(0).getStartTime()).isEqualTo(Date.from(NOW));
        assertThat(triggers.get(1)).isInstanceOfSatisfying(CronTrigger.class, trigger -> {
            assertThat(trigger.getCronExpression()).isEqualTo("0 0 * * * ?");
            assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        });
    }

    @Test
    void jitterIsFixedByTheAccountIdAndDiffersBetweenAccounts() {
        assertThat(Schedules.jitter("flickr-main")).isEqualTo(Schedules.jitter("flickr-main"))
                .isBetween(0.0, 1.0).isNotEqualTo(Schedules.jitter("fb-shop"));
    }

    @Test
    void cronSecondsAreMovedByTheAccountsJitterWithinTheMinute() {
        int offset = (int) (Schedules.jitter("flickr-main") * 60);

        ScheduleConfig hourly = Schedules.withJitter(ScheduleConfig.cron("0 0 * * * ?"), "flickr-main");
        ScheduleConfig twice = Schedules.withJitter(ScheduleConfig.cron("0,30 0/15 * * * ?"), "flickr-main");

        assertThat(hourly.cron()).isEqualTo(offset + " 0 * * * ?");
        assertThat(twice.cron()).isEqualTo(offset + "," + (30 + offset) % 60 + " 0/15 * * * ?");
        assertThat(Schedules.withJitter(ScheduleConfig.cron("0 0 * * * ?"), "flickr-main")).isEqualTo(hourly);
    }

    @Test
    void accountsSharingACronExpressionFireAtDifferentSeconds() {
        List<String> seconds = java.util.stream.Stream.of("flickr-main", "fb-shop", "flickr-family", "my-page")
                .map(id -> Schedules.withJitter(ScheduleConfig.cron("0 0 6 * * ?"), id).cron().split(" ")[0])
                .distinct().toList();

        assertThat(seconds).hasSizeGreaterThan(1);
    }

    @Test
    void cronSecondsThatAreNotPlainAndIntervalsAreLeftAlone() {
        ScheduleConfig everySecond = ScheduleConfig.cron("* 0 * * * ?");
        ScheduleConfig stepped = ScheduleConfig.cron("0/20 * * * * ?");
        ScheduleConfig interval = ScheduleConfig.every(Duration.ofMinutes(15));

        assertThat(Schedules.withJitter(everySecond, "flickr-main")).isEqualTo(everySecond);
        assertThat(Schedules.withJitter(stepped, "flickr-main")).isEqualTo(stepped);
        assertThat(Schedules.withJitter(interval, "flickr-main")).isEqualTo(interval);
    }
}
