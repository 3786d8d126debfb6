package dev.autocaption.bot.cli;

import dev.autocaption.bot.Bot;
import dev.autocaption.bot.demo.DemoPhotos;
import dev.autocaption.bot.demo.DemoWorld;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.ConfigException;
import dev.autocaption.config.ConfigLoader;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.store.PhotoState;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption demo}: simulators on loopback seeded with pictures, a demo config, and the real daemon with
 * the bundled model: prints every discovery, caption, decision and post, shows the queue, applies a sample
 * approvals file, and ends with a summary (or keeps running with {@code --keep-running}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the real daemon against local Flickr and Facebook simulators with the bundled model, "
                + "and show what it does.")
final class DemoCommand implements Callable<Integer> {
    static final Duration CYCLE_TIMEOUT = Duration.ofMinutes(5);

    private final CliContext context;

    @Option(names = "--photos", paramLabel = "N", defaultValue = "24", description = "Photos to seed (default "
            + "${DEFAULT-VALUE}).")
    private int photos;

    @Option(names = "--keep-running", description = "Keep the daemon and the simulators up until Ctrl-C.")
    private boolean keepRunning;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "autocaption-demo",
            description = "Where the demo config, store and approvals file go (default ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--model", paramLabel = "DIR",
            description = "The model directory (default the bundled demo model, models/demo under AUTOCAPTION_HOME "
                    + "or here).")
    private Path model;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (photos < 1 || photos > 1000) {
            throw new CommandFailure(ExitCode.USAGE, "--photos: must be in [1, 1000], was " + photos);
        }
        Path runDir = context.workingDirectory().resolve(dir).resolve("run-" + context.clock().instant()
                .getEpochSecond());
        PrintWriter out = context.out();
        List<DemoPhotos.Photo> planned = DemoPhotos.scenes().plan(photos);
        try (DemoWorld world = DemoWorld.start(planned, context.clock())) {
            Path configFile = world.writeConfig(runDir, modelDirectory());
            BotConfig config = load(configFile);
            Semaphore cycles = new Semaphore(0);
            try (Bot bot = RunCommand.open(config, context, event -> print(out, event, cycles), false)) {
                out.println("demo: " + photos + " photos on two simulated accounts; config " + configFile);
                bot.start();
                await(cycles, config.accounts().size());
                approve(bot, config, out);
                // no nudge: the daemon's approvals watch notices the new file and runs the accounts, as in `run`
                await(cycles, config.accounts().size());
                summary(bot, configFile, out);
                if (keepRunning) {
                    out.println("demo: still running (daemon and simulators); stop with Ctrl-C");
                    out.flush();
                    ShutdownSignals.install().awaitStop();
                }
            }
        }
        return ExitCode.OK;
    }

    private BotConfig load(Path configFile) {
        try {
            return new ConfigLoader(context.environment(), context.workingDirectory()).load(configFile).config();
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

    private static void await(Semaphore cycles, int accounts) throws InterruptedException {
        if (!cycles.tryAcquire(accounts, CYCLE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new CommandFailure(ExitCode.PARTIAL_FAILURE, "demo: the daemon did not finish a cycle of every "
                    + "account within " + CYCLE_TIMEOUT.toMinutes() + " minutes");
        }
    }

    /** Shows the queue as approvals-file lines, then decides the first three: approve, edit, reject. */
    private void approve(Bot bot, BotConfig config, PrintWriter out) {
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

    private static void summary(Bot bot, Path configFile, PrintWriter out) {
        Map<PhotoState, Integer> counts = bot.database().inTransaction(tx -> tx.photos().countByState(null));
        out.println("demo: summary: " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().code())
                .toList());
        out.println("demo: inspect with:");
        out.println("  autocaption --config " + configFile + " history");
        out.println("  autocaption --config " + configFile + " queue");
        out.println("  autocaption --config " + configFile + " rollback --account " + DemoWorld.FLICKR_ACCOUNT
                + " --dry-run");
        out.flush();
    }

    /** {@code --model}, else the bundled model where the launcher (AUTOCAPTION_HOME) or the working directory has it. */
    private Path modelDirectory() {
        if (model != null) {
            return context.workingDirectory().resolve(model);
        }
        return new ConfigLoader(context.environment(), context.workingDirectory()).installation()
                .resolve(ModelConfig.DEFAULT_PATH);
    }
}
