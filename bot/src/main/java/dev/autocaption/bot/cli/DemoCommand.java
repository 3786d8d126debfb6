package dev.autocaption.bot.cli;

import dev.autocaption.bot.demo.DemoPhotos;
import dev.autocaption.config.ConfigLoader;
import dev.autocaption.config.ModelConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption demo}: simulators on loopback seeded with pictures, a demo config, and the real daemon with
 * the bundled model: serves the review page (its address is printed), prints every discovery, caption, decision
 * and post, shows the queue, applies a sample approvals file, and ends with a summary (or keeps running, page
 * included, with {@code --keep-running}).
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

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "The review page's port (default: a free one; the address is printed).")
    private int port;

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
        if (port < 0 || port > 65535) {
            throw new CommandFailure(ExitCode.USAGE, "--port: must be in [0, 65535], was " + port);
        }
        Path runDir = context.workingDirectory().resolve(dir).resolve("run-" + context.clock().instant()
                .getEpochSecond());
        PrintWriter out = context.out();
        List<DemoPhotos.Photo> planned = DemoPhotos.scenes().plan(photos);
        try (DemoSession demo = DemoSession.start(context, planned, runDir, modelDirectory(), port)) {
            demo.awaitCycles();
            demo.approveSample(out);
            // no nudge: the daemon's approvals watch notices the new file and runs the accounts, as in `run`
            demo.awaitCycles();
            demo.summary(out);
            if (keepRunning) {
                out.println("demo: still running (daemon, simulators and the review page at " + demo.pageUri()
                        + "); stop with Ctrl-C");
                out.flush();
                ShutdownSignals.install().awaitStop();
            }
        } catch (UncheckedIOException e) {
            throw new CommandFailure(ExitCode.CONFIG, e.getMessage(), e);
        }
        return ExitCode.OK;
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
