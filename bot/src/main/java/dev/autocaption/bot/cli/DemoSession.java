package dev.autocaption.bot.cli;

import dev.autocaption.bot.Bot;
import dev.autocaption.bot.demo.DemoPhotos;
import dev.autocaption.bot.demo.DemoWorld;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.bot.web.WebServer;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.ConfigException;
import dev.autocaption.bot.Toolkit;
import dev.autocaption.store.PhotoState;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One demo run: the simulators seeded with the demo pictures, the demo config, the real daemon on it and its
 * review page (on {@code port}, 0 for a free one). {@link DemoCommand} walks it through its steps; closing it
 * stops the page, the daemon and the simulators, in that order.
 */
final class DemoSession implements AutoCloseable {
    private final DemoWorld world;
    private final Path configFile;
    private final BotConfig config;
    private final Bot bot;
    private final WebServer web;
    private final Semaphore cycles;

    private DemoSession(DemoWorld world, Path configFile, BotConfig config, Bot bot, WebServer web,
                        Semaphore cycles) {
        this.world = world;
        this.configFile = configFile;
        this.config = config;
        this.bot = bot;
        this.web = web;
        this.cycles = cycles;
    }

    /** Starts the world, the daemon (its first cycles run at once) and the page; prints each pipeline event. */
    static DemoSession start(CliContext context, List<DemoPhotos.Photo> photos, Path runDir, Path model, int port) {
        PrintWriter out = context.out();
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            DemoWorld world = DemoWorld.start(photos, context.clock());
            opened.add(world);
            Path configFile = world.writeConfig(runDir, model);
            BotConfig loaded = load(context, configFile);
            BotConfig config = new BotConfig(loaded.store(), loaded.model(), loaded.filter(), loaded.review(),
                    loaded.schedule(), loaded.web().servingOn(port), loaded.retry(), loaded.accounts());
            Semaphore cycles = new Semaphore(0);
            Bot bot = RunCommand.open(config, context, event -> print(out, event, cycles), false);
            opened.add(0, bot);
            WebServer web = WebSupport.serve(bot, config, config.web(), context);
            opened.add(0, web);
            out.println("demo: " + photos.size() + " photos on two simulated accounts, and a photo folder "
                    + configFile.resolveSibling("photos") + " (XMP sidecars); config " + configFile);
            out.println("demo: review page at " + web.uri() + " (queue, history, accounts, /metrics)");
            out.flush();
            bot.start();
            return new DemoSession(world, configFile, config, bot, web, cycles);
        } catch (RuntimeException e) {
            opened.forEach(closeable -> closeQuietly(closeable, e));
            throw e;
        }
    }

    private static BotConfig load(CliContext context, Path configFile) {
        try {
            return Toolkit.configLoader(context.environment(), context.workingDirectory()).load(configFile).config();
        } catch (ConfigException e) {
            throw new IllegalStateException("the demo wrote a config it cannot read: " + e.getMessage(), e);
        }
    }

    private static void print(PrintWriter out, PipelineEvent event, Semaphore cycles) {
        synchronized (out) {
            out.println(event.line());
            out.flush();
        }
        if (event.kind() == PipelineEvent.Kind.CYCLE) {
            cycles.release();
        }
    }

    /** Waits until every account finished one more cycle. */
    void awaitCycles() throws InterruptedException {
        if (!cycles.tryAcquire(config.accounts().size(), DemoCommand.CYCLE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new CommandFailure(ExitCode.PARTIAL_FAILURE, "demo: the daemon did not finish a cycle of every "
                    + "account within " + DemoCommand.CYCLE_TIMEOUT.toMinutes() + " minutes");
        }
    }

    /** Shows the queue as approvals-file lines, then decides the first three in the approvals file. */
    void approveSample(PrintWriter out) {
        List<QueueCommand.Entry> queued = QueueCommand.read(bot.database(), null, 500);
        out.println("demo: the review queue, as 'autocaption queue --format yaml' prints it:");
        QueueCommand.yaml(queued, out);
        StringBuilder file = new StringBuilder("decisions:\n");
        String[] decisions = {"approve", "\"A picture chosen by a person.\"", "reject"};
        for (int i = 0; i < Math.min(decisions.length, queued.size()); i++) {
            file.append("  ").append(queued.get(i).photo().key()).append(": ").append(decisions[i]).append('\n');
        }
        try {
            Files.writeString(config.review().approvalsFile(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("demo: wrote a sample approvals file " + config.review().approvalsFile() + " (the daemon "
                + "notices it within seconds):");
        out.print(file);
        out.flush();
    }

    void summary(PrintWriter out) {
        Map<PhotoState, Integer> counts = bot.database()
                .inTransaction(tx -> tx.photos().countByState(null));
        out.println("demo: summary: " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().code())
                .toList());
        out.println("demo: inspect with:");
        out.println("  autocaption --config " + configFile + " history");
        out.println("  autocaption --config " + configFile + " queue");
        out.println("  autocaption --config " + configFile + " rollback --account " + DemoWorld.FLICKR_ACCOUNT
                + " --dry-run");
        out.flush();
    }

    URI pageUri() {
        return web.uri();
    }

    Bot bot() {
        return bot;
    }

    DemoWorld world() {
        return world;
    }

    @Override
    public void close() {
        List<AutoCloseable> order = List.of(web, bot, world);
        order.forEach(closeable -> closeQuietly(closeable, null));
    }

    private static void closeQuietly(AutoCloseable closeable, RuntimeException failure) {
        try {
            closeable.close();
        } catch (Exception e) {
            if (failure == null) {
                throw new IllegalStateException("closing the demo's " + closeable + " failed: " + e.getMessage(), e);
            }
            failure.addSuppressed(e);
        }
    }
}
