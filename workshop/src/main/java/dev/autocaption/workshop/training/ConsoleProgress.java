package dev.autocaption.workshop.training;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Prints training progress to a stream (the CLI passes stderr). On a terminal one line is redrawn in place, a bar
 * with step, loss, steps/s and the time left; otherwise a plain line is printed every {@code plainEverySeconds} (and
 * at the last step), so logs stay readable. Not thread-safe.
 */
public final class ConsoleProgress implements ProgressListener {
    private static final int BAR = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final Clock clock;
    private final long plainEveryMillis;
    private long lastPrinted = Long.MIN_VALUE;
    private long rateStart;

    /**
     * @param terminal          whether {@code out} is a terminal (e.g. {@code System.console() != null})
     * @param plainEverySeconds seconds between plain lines when not a terminal
     */
    public ConsoleProgress(PrintWriter out, boolean terminal, Clock clock, int plainEverySeconds) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
        this.plainEveryMillis = plainEverySeconds * 1000L;
    }

    @Override
    public void loading(int loaded, int total) {
        if (terminal) {
            out.print("\rloading images " + loaded + "/" + total);
        } else if (loaded == total || due()) {
            out.println("loading images " + loaded + "/" + total);
        }
        out.flush();
    }

    @Override
    public void calibrating(int done, int total) {
        rate("domain statistics: encoding images", done, total);
    }

    /** Evaluation progress: {@code done} of {@code total} images captioned, with the rate since 0. */
    public void evaluating(int done, int total) {
        rate("evaluating: captioned images", done, total);
    }

    private void rate(String what, int done, int total) {
        if (done == 0) {
            rateStart = clock.millis();
        }
        double seconds = (clock.millis() - rateStart) / 1000.0;
        String line = String.format(Locale.ROOT, "%s %d/%d (%.1f images/s)", what, done, total,
                seconds > 0 ? done / seconds : 0.0);
        if (terminal) {
            out.print("\r" + line + (done == total ? System.lineSeparator() : ""));
        } else if (done == total || due()) {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public void started(int firstStep, int totalSteps, String description) {
        out.println((terminal ? "\r" : "") + description);
        out.flush();
    }

    @Override
    public void step(StepReport r) {
        boolean last = r.step() >= r.totalSteps();
        if (terminal) {
            out.print("\r" + line(r) + (last ? System.lineSeparator() : ""));
            out.flush();
        } else if (last || due()) {
            out.println(line(r));
            out.flush();
        }
    }

    @Override
    public void checkpoint(int step, Path prefix) {
        if (!terminal) {
            out.println("checkpoint " + prefix);
            out.flush();
        }
    }

    static String line(StepReport r) {
        int filled = (int) ((long) BAR * r.step() / r.totalSteps());
        double left = r.stepsPerSecond() > 0 ? (r.totalSteps() - r.step()) / r.stepsPerSecond() : 0;
        return String.format(Locale.ROOT, "[%s%s] step %d/%d loss %.4f (avg %.4f) %.2f steps/s, %s left",
                "#".repeat(filled), ".".repeat(BAR - filled), r.step(), r.totalSteps(), r.loss(), r.averageLoss(),
                r.stepsPerSecond(), duration(left));
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    private boolean due() {
        long now = clock.millis();
        if (lastPrinted == Long.MIN_VALUE || now - lastPrinted >= plainEveryMillis) {
            lastPrinted = now;
            return true;
        }
        return false;
    }
}
