package dev.autocaption.bot;

import dev.autocaption.bot.cli.Cli;
import dev.autocaption.bot.cli.CliContext;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/** The {@code autocaption} entry point: parse, execute, exit. The only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(out, err, System.getenv(), Path.of("").toAbsolutePath(),
                Clock.systemDefaultZone());
        int code = new Cli(context).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
