package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeTextTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void pastTimesAreAges() {
        assertThat(TimeText.age(NOW.minusSeconds(3), NOW)).isEqualTo("just now");
        assertThat(TimeText.age(NOW.minusSeconds(42), NOW)).isEqualTo("42 s ago");
        assertThat(TimeText.age(NOW.minusSeconds(180), NOW)).isEqualTo("3 min ago");
        assertThat(TimeText.age(NOW.minusSeconds(5 * 3600), NOW)).isEqualTo("5 h ago");
        assertThat(TimeText.age(NOW.minusSeconds(3 * 86_400), NOW)).isEqualTo("3 d ago");
    }

    @Test
    void upcomingTimesAreLocalTimeAndHowFarOff() {
        assertThat(TimeText.upcoming(NOW.plusSeconds(720), NOW, BERLIN)).isEqualTo("13:12 (in 12 min)");
        assertThat(TimeText.upcoming(NOW.plusSeconds(3 * 86_400), NOW, BERLIN)).isEqualTo("2026-11-29 13:00 (in 3 d)");
        assertThat(TimeText.upcoming(NOW.minusSeconds(1), NOW, BERLIN)).isEqualTo("now");
    }
}
