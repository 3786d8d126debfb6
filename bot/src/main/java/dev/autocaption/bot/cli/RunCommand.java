package dev.autocaption.bot.cli;

import dev.autocaption.bot.Bot;
import dev.autocaption.bot.DaemonLock;
import dev.autocaption.bot.approval.ApprovalsInbox;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.bot.pipeline.PipelineListener;
import dev.autocaption.bot.schedule.CycleResult;
import dev.autocaption.bot.web.WebServer;
import dev.autocaption.config.BotConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.store.RunStatus;
import dev.autocaption.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption run}: the daemon (one Quartz job per account until SIGTERM/Ctrl-C), or with {@code --once}
 * one cycle of every account; {@code --dry-run} does everything except remote writes and prints what it would
 * have written.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the daemon: poll every account on its schedule, caption, filter and post, until "
                + "stopped with SIGTERM or Ctrl-C.")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    private final CliContext context;
    private final GlobalOptions globals;

    @Option(names = "--once", description = "Run one cycle of every account, then exit (for cron and scripts).")
    private boolean once;

    @Option(names = "--dry-run", description = "Do everything except remote writes; print what would be written.")
    private boolean dryRun;

    RunCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() throws InterruptedException {
        BotConfig config = ConfigSupport.load(context, globals).config();
        if (config.accounts().isEmpty()) {
            throw new CommandFailure(ExitCode.CONFIG, "no accounts are configured; add one under accounts: in the "
                    + "config file (see autocaption.example.yaml)");
        }
        try (Bot bot = open(config, listener(context.out()))) {
            return once ? runOnce(bot) : runDaemon(bot, config);
        }
    }

    static Bot open(BotConfig config, CliContext context, PipelineListener listener, boolean dryRun) {
        try {
            return context.tools(config).openDaemon(listener, dryRun);
        } catch (DaemonLock.HeldException e) {
            throw new CommandFailure(ExitCode.ALREADY_RUNNING, e.getMessage(), e);
        } catch (CaptioningException e) {
            throw new CommandFailure(ExitCode.MODEL, "cannot load the model " + config.model().path() + ": "
                    + e.getMessage(), e);
        } catch (StoreException e) {
            throw new CommandFailure(ExitCode.STORE, "cannot open the store " + config.store().maskedUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    private Bot open(BotConfig config, PipelineListener listener) {
        return open(config, context, listener, dryRun);
    }

    private PipelineListener listener(PrintWriter out) {
        if (!once && !dryRun) {
            // approvals-file problems are logged as warnings where they are found (ApprovalsInbox)
            return event -> {
                if (event.kind() != PipelineEvent.Kind.APPROVALS || !ApprovalsInbox.isTrouble(event.detail())) {
                    LOG.info("{}", event.line());
                }
            };
        }
        return event -> {
            synchronized (out) {
                out.println(event.line());
                out.flush();
            }
        };
    }

    private int runOnce(Bot bot) {
        List<CycleResult> results = bot.runOnce();
        PrintWriter out = context.out();
        for (CycleResult result : results) {
            out.println(result.accountId() + ": " + (result.notRun() ? "not run, " + result.message()
                    : "run " + result.runId() + " " + result.status().code() + ", " + Counts.describe(result.counts())
                    + (result.message() == null ? "" : " (" + result.message() + ")")));
        }
        out.flush();
        boolean trouble = results.stream().anyMatch(r -> r.status() == RunStatus.FAILED || r.counts().failed() > 0);
        return trouble ? ExitCode.PARTIAL_FAILURE : ExitCode.OK;
    }

    /** The review page when {@code web.enabled}; null otherwise (the start-up line says why not). */
    private WebServer serve(Bot bot, BotConfig config) {
        if (!config.web().enabled()) {
            LOG.info("review page off (web.enabled: false); /metrics, /health and /ready are served with it");
            return null;
        }
        try {
            return WebSupport.serve(bot, config, config.web(), context);
        } catch (UncheckedIOException e) {
            throw new CommandFailure(ExitCode.CONFIG, e.getMessage(), e);
        }
    }

    private int runDaemon(Bot bot, BotConfig config) throws InterruptedException {
        ShutdownSignals signals = ShutdownSignals.install();
        bot.start();
        WebServer web = serve(bot, config);
        try {
            LOG.info("daemon started with model {} for {} account(s); stop with SIGTERM or Ctrl-C", bot.modelId(),
                    bot.accounts().size());
            signals.awaitStop();
            bot.stop();
        } finally {
            if (web != null) {
                web.close();
            }
        }
        return ExitCode.OK;
    }
}
