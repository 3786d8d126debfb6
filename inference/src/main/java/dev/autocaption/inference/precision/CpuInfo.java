package dev.autocaption.inference.precision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The CPU the process runs on, as {@code /proc/cpuinfo} describes its first processor: the model name and the
 * feature flags. Where that file does not exist (not Linux) the model is {@code os.arch} and the flag list is
 * empty, so no bf16 units are assumed.
 *
 * @param model the {@code model name} line, e.g. {@code AMD EPYC}
 * @param flags the {@code flags} line, one entry per flag, in the kernel's order
 */
public record CpuInfo(String model, List<String> flags) {
    /** The flags of AVX-512 BF16 and of AMX's bf16 tiles, the units that make a bf16 encoder pay. */
    public static final List<String> BF16_FLAGS = List.of("avx512_bf16", "amx_bf16");
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    public CpuInfo {
        Objects.requireNonNull(model, "model");
        flags = List.copyOf(flags);
    }

    /** This machine's CPU. */
    public static CpuInfo current() {
        try {
            return parse(Files.readString(CPUINFO));
        } catch (IOException | RuntimeException e) {
            return new CpuInfo(System.getProperty("os.arch", "unknown"), List.of());
        }
    }

    /** The first processor's model name and flags from {@code /proc/cpuinfo} text. */
    public static CpuInfo parse(String cpuinfo) {
        String model = null;
        List<String> flags = null;
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (model == null && key.equals("model name")) {
                model = value;
            } else if (flags == null && key.equals("flags")) {
                flags = value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
            }
        }
        return new CpuInfo(model == null ? "unknown" : model, flags == null ? List.of() : flags);
    }

    /** The bf16 units among {@link #BF16_FLAGS} this CPU has; empty when it has none. */
    public List<String> bf16Units() {
        return BF16_FLAGS.stream().filter(flags::contains).toList();
    }
}
