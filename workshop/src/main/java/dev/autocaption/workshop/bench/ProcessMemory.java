package dev.autocaption.workshop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This JVM's resident memory from {@code /proc/self/status} (Linux); -1 where that file does not exist. */
public final class ProcessMemory {
    private ProcessMemory() {
    }

    /** Current resident set size in MiB. */
    public static long rssMiB() {
        return statusKb("VmRSS:") / 1024;
    }

    /** Peak resident set size so far in MiB. */
    public static long peakRssMiB() {
        return statusKb("VmHWM:") / 1024;
    }

    private static long statusKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1024;
        }
        return -1024;
    }
}
