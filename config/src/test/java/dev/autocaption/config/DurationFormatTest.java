package dev.autocaption.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationFormatTest {

    @Test
    void readsEveryDocumentedForm() {
        assertThat(DurationFormat.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationFormat.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationFormat.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationFormat.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationFormat.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(DurationFormat.parse("1d2h3m4s")).isEqualTo(Duration.parse("P1DT2H3M4S"));
        assertThat(DurationFormat.parse("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationFormat.parse("pt1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesUnitsOutOfOrderAndUnknownUnits() {
        assertThatIllegalArgumentException().isThrownBy(() -> DurationFormat.parse("30m1h"))
                .withMessage("expected a duration such as 30s, 15m, 1h30m, 2d or PT15M, was 30m1h");
        assertThatIllegalArgumentException().isThrownBy(() -> DurationFormat.parse("15 minutes"));
        assertThatIllegalArgumentException().isThrownBy(() -> DurationFormat.parse(""));
        assertThatIllegalArgumentException().isThrownBy(() -> DurationFormat.parse("PT"));
        assertThatIllegalArgumentException().isThrownBy(() -> DurationFormat.parse("99999999999999999999d"));
    }

    @Test
    void formatsTheShortestFormThatReadsBack() {
        assertThat(DurationFormat.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(DurationFormat.format(Duration.ofDays(2))).isEqualTo("2d");
        assertThat(DurationFormat.format(Duration.ofSeconds(86_461))).isEqualTo("1d1m1s");
        assertThat(DurationFormat.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(DurationFormat.format(Duration.ofMillis(1500))).isEqualTo("PT1.5S");
        assertThat(DurationFormat.parse(DurationFormat.format(Duration.ofMillis(1500))))
                .isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void scheduleIntervalAcceptsEveryForm() throws Exception {
        assertThat(TestConfigs.parse("schedule: { interval: 1h30m }").schedule().interval())
                .isEqualTo(Duration.ofMinutes(90));
        assertThat(TestConfigs.parse("schedule: { interval: PT2M }").schedule().interval())
                .isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void scheduleIntervalMustBeAtLeastOneMinute() {
        assertThat(TestConfigs.problems("schedule: { interval: 59s }"))
                .containsExactly("schedule.interval: must be at least 1m, was 59s");
    }

    @Test
    void scheduleIntervalMustBeADuration() {
        assertThat(TestConfigs.problems("schedule: { interval: 15 }\nweb: { bind: localhost }"))
                .containsExactly("schedule.interval: must be a duration such as 30s, 15m, 1h30m, 2d or PT15M, "
                        + "was 15");
    }
}
