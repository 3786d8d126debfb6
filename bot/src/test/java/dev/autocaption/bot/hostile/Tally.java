package dev.autocaption.bot.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The suite's figures per kind of input: how many distinct inputs, crashes (a cycle or command that threw),
 * lost photos (discovered remotely, missing from the store or without a recorded state), wrong writes (a write
 * for a photo that must not be written, or more than one) and wrong outcomes. Each kind's line is printed and
 * written to {@code target/hostile/<kind>.txt}, which {@code scripts/hostile-test.sh} adds up.
 */
final class Tally {
    private final String kind;
    private final long started = System.nanoTime();
    private final Map<String, Integer> inputsByFamily = new TreeMap<>();
    private int crashes;
    private int lost;
    private int wrongWrites;
    private int wrongOutcomes;

    Tally(String kind) {
        this.kind = kind;
    }

    /** The size of the long form: {@code -Dhostile.scale=10} makes the generated families ten times larger. */
    static int scale() {
        return Math.max(1, Integer.getInteger("hostile.scale", 1));
    }

    synchronized void input(String family) {
        inputsByFamily.merge(family, 1, Integer::sum);
    }

    synchronized void crash() {
        crashes++;
    }

    synchronized void lost() {
        lost++;
    }

    synchronized void wrongWrite() {
        wrongWrites++;
    }

    synchronized void wrongOutcome() {
        wrongOutcomes++;
    }

    synchronized int inputs() {
        return inputsByFamily.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized String line() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(Locale.ROOT, "hostile %s: %d inputs %s, %d crashes, %d lost, %d wrong writes, "
                + "%d wrong outcomes, %.1f s", kind, inputs(), inputsByFamily, crashes, lost, wrongWrites,
                wrongOutcomes, seconds);
    }

    /** Prints the line and leaves it in {@code target/hostile/<kind>.txt}. */
    void report() {
        String line = line();
        System.out.println(line);
        try {
            Path dir = Files.createDirectories(Path.of("target", "hostile"));
            Files.writeString(dir.resolve(kind + ".txt"), line + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the hostile tally of " + kind, e);
        }
    }
}
