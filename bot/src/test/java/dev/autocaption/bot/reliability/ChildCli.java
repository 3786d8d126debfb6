package dev.autocaption.bot.reliability;

import dev.autocaption.bot.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real command line ({@link Main}) in a child JVM, as a user's shell would, and keeps its exit code,
 * stdout and stderr: what a person sees, logs included.
 */
final class ChildCli {
    private final Path workingDirectory;
    private final Map<String, String> environment;

    ChildCli(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
    }

    /** The repository root (the bot module's tests run in bot/), where the bundled demo model lives. */
    static Path installation() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** What one command printed. */
    record Result(int exitCode, String out, String err) {
        String both() {
            return out + err;
        }
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workingDirectory, "out", ".txt");
        Path err = Files.createTempFile(workingDirectory, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        builder.environment().put("AUTOCAPTION_HOME", installation().toString());
        builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("autocaption " + String.join(" ", args) + " did not finish in 180 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
