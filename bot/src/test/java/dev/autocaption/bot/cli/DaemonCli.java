package dev.autocaption.bot.cli;

import dev.autocaption.bot.Engines;
import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.config.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs daemon commands in-process against simulators, with a fake captioner registered as the engine. */
final class DaemonCli implements AutoCloseable {
    final Path dir;
    final SimulatedAccounts sims;
    final FakeCaptioner captioner = new FakeCaptioner();
    /** How many times a command loaded the model. */
    final AtomicInteger loads = new AtomicInteger();
    final Path config;
    private final Engine engine;

    DaemonCli(Path dir, String reviewMode) {
        this(dir, reviewMode, Engine.SHOW_AND_TELL);
    }

    /** With {@code model.engine} set to {@code engine}, which the fake captioner is registered as. */
    DaemonCli(Path dir, String reviewMode, Engine engine) {
        this(dir, reviewMode, engine, "");
    }

    /** With more keys for the account, e.g. {@code "    max-posts-per-day: 2\n"}. */
    DaemonCli(Path dir, String reviewMode, Engine engine, String accountKeys) {
        this.dir = dir;
        this.engine = engine;
        this.sims = new SimulatedAccounts(dir);
        this.config = dir.resolve("autocaption.yaml");
        write(config, """
                store:
                  url: "jdbc:h2:file:%s"
                model:
                  engine: %s
                review:
                  mode: %s
                  approvals-file: "%s"
                accounts:
                  - id: flickr-main
                    type: flickr
                    api-base-url: "%s"
                    since: 2020-01-01T00:00:00Z
                    write: fill-empty
                    write-template: "{caption} (auto-generated)"
                    credentials:
                      api-key: %s
                      api-secret: %s
                      token: %s
                      token-secret: %s
                    credentials-file: "%s"
                """.formatted(dir.resolve("db/autocaption"), engine.configName(), reviewMode,
                dir.resolve("approvals.yaml"), sims.flickr.baseUri(), TestAccounts.FLICKR_KEY,
                TestAccounts.FLICKR_SECRET, TestAccounts.FLICKR_TOKEN, TestAccounts.FLICKR_TOKEN_SECRET,
                dir.resolve("flickr.token")) + accountKeys);
    }

    CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), dir,
                sims.clock, Engines.standard().register(engine, model -> {
                    loads.incrementAndGet();
                    return captioner.open();
                }), sims.runtime);
        String[] full = new String[args.length + 2];
        full[0] = "--config";
        full[1] = config.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        int code = new Cli(context).execute(full);
        return new CliRun(code, out.toString(), err.toString());
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sims.close();
    }
}
