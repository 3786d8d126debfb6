package dev.autocaption.workshop.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.testing.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void plainOutputPrintsALineWhenDueAndAtTheLastStep() {
        ConsoleProgress progress = new ConsoleProgress(out, false, clock, 10);

        progress.step(new ProgressListener.StepReport(1, 4, 4.5, 4.5, 0, 0));
        clock.advance(Duration.ofSeconds(5));
        progress.step(new ProgressListener.StepReport(2, 4, 4.0, 4.4, 2.0, 5));
        clock.advance(Duration.ofSeconds(6));
        progress.step(new ProgressListener.StepReport(3, 4, 3.5, 4.3, 2.5, 11));
        progress.step(new ProgressListener.StepReport(4, 4, 3.0, 4.2, 2.5, 11));

        assertThat(text.toString().lines()).containsExactly(
                "[#######.......................] step 1/4 loss 4.5000 (avg 4.5000) 0.00 steps/s, 0m00s left",
                "[######################........] step 3/4 loss 3.5000 (avg 4.3000) 2.50 steps/s, 0m00s left",
                "[##############################] step 4/4 loss 3.0000 (avg 4.2000) 2.50 steps/s, 0m00s left");
    }

    @Test
    void aTerminalRedrawsOneLine() {
        ConsoleProgress progress = new ConsoleProgress(out, true, clock, 10);

        progress.step(new ProgressListener.StepReport(50, 100, 2.0, 2.1, 0.5, 100));

        assertThat(text.toString())
                .isEqualTo("\r[###############...............] step 50/100 loss 2.0000 (avg 2.1000) 0.50 steps/s, "
                        + "1m40s left");
    }

    @Test
    void calibrationPrintsItsRateWhenDueAndWhenDone() {
        ConsoleProgress progress = new ConsoleProgress(out, false, clock, 10);

        progress.calibrating(0, 2000);
        clock.advance(Duration.ofSeconds(4));
        progress.calibrating(256, 2000);
        clock.advance(Duration.ofSeconds(16));
        progress.calibrating(1280, 2000);
        clock.advance(Duration.ofSeconds(5));
        progress.calibrating(2000, 2000);

        assertThat(text.toString().lines()).containsExactly(
                "domain statistics: encoding images 0/2000 (0.0 images/s)",
                "domain statistics: encoding images 1280/2000 (64.0 images/s)",
                "domain statistics: encoding images 2000/2000 (80.0 images/s)");
    }

    @Test
    void longRemainingTimesAreShownInHours() {
        assertThat(ConsoleProgress.duration(3 * 3600 + 25 * 60)).isEqualTo("3h25m");
    }
}
