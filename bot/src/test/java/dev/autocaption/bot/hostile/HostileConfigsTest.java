package dev.autocaption.bot.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.cli.Cli;
import dev.autocaption.bot.cli.CliContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken configuration files through the real command line ({@code config check} and {@code run --once}): each
 * ends with exit code 3, names the key or the place in the file, and prints no stack trace.
 */
class HostileConfigsTest {
    /** The configuration problem exit code ({@code ExitCode.CONFIG}). */
    private static final int CONFIG = 3;

    @TempDir
    Path dir;

    @Test
    void everyBrokenConfigExitsThreeNamingTheKeyWithoutAStackTrace() throws Exception {
        Tally tally = new Tally("configs");
        List<String> problems = new ArrayList<>();
        List<HostileConfigs.Input> inputs = HostileConfigs.all();
        for (int i = 0; i < inputs.size(); i++) {
            HostileConfigs.Input input = inputs.get(i);
            tally.input(input.family());
            Path file = dir.resolve("broken-" + i + ".yaml");
            Files.writeString(file, input.yaml(), StandardCharsets.UTF_8);
            for (String command : List.of("config check", "run --once")) {
                String problem = problem(input, file, command);
                if (problem != null) {
                    tally.wrongOutcome();
                    problems.add("input " + input.name() + " (" + command + "): " + problem);
                }
            }
        }
        tally.report();

        assertThat(problems).isEmpty();
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(80);
    }

    private String problem(HostileConfigs.Input input, Path file, String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), dir,
                Clock.systemUTC());
        List<String> args = new ArrayList<>(List.of("--config", file.toString()));
        args.addAll(List.of(command.split(" ")));
        int code;
        try {
            code = new Cli(context).execute(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            return "threw " + e;
        }
        String printed = out + "\n" + err;
        if (code != CONFIG) {
            return "exit " + code + ", expected " + CONFIG + ": " + abbreviated(printed);
        }
        if (!printed.contains(input.named())) {
            return "does not name " + input.named() + ": " + abbreviated(printed);
        }
        if (printed.contains("\tat ") || printed.contains("Exception:") || printed.contains("Exception\n")) {
            return "prints a stack trace or an exception name: " + abbreviated(printed);
        }
        return null;
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 400 ? line : line.substring(0, 400) + "...";
    }
}
