package dev.autocaption.bot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs one command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    static CliRun of(Path workingDirectory, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), environment,
                workingDirectory, CLOCK);
        int code = new Cli(context).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(Path workingDirectory, String... args) {
        return of(workingDirectory, Map.of(), args);
    }
}
