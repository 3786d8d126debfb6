package dev.autocaption.bot.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The process's resident memory, read from {@code /proc/self/status} ({@code VmRSS}): the JVM's heap and
 * non-heap plus what native code holds, TensorFlow's tensors and graph above all, which no JVM meter sees. NaN
 * where there is no such file (not Linux).
 */
final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** Resident bytes, or NaN when unknown. */
    static double residentBytes() {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            for (String line : lines) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024.0;
                }
            }
            return Double.NaN;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
