package dev.autocaption.bot.cli;

import dev.autocaption.bot.pipeline.Requeue;
import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autocaption retry ACCOUNT/PHOTO} or {@code autocaption retry --failed [--account ID]}. */
@Command(name = "retry", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Put failed photos back in line: a photo whose write failed is approved again (same text, "
                + "still written at most once); any other failed photo, or one skipped as a bad image, is "
                + "downloaded and captioned again in the account's next cycle.",
                "A transient failure (a timeout, a cut-off download) is retried by itself, with its own growing "
                + "wait (1 min, 5 min, 30 min, 2 h, 12 h); a photo ends failed after retry.photo-attempts "
                + "attempts (default 5) or at once when the failure is permanent (HTTP 404, a write refused)."})
final class RetryCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @ArgGroup(multiplicity = "1")
    private Target target;

    @Option(names = "--account", paramLabel = "ID", description = "With --failed: only this account's photos.")
    private String account;

    static final class Target {
        @Parameters(index = "0", paramLabel = "ACCOUNT/PHOTO", description = "The photo, e.g. flickr-main/5368474.")
        String photo;

        @Option(names = "--failed", required = true, description = "Every failed photo (of --account, else all).")
        boolean failed;
    }

    RetryCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        if (target.photo != null && account != null) {
            throw new CommandFailure(ExitCode.USAGE, "--account goes with --failed, not with ACCOUNT/PHOTO "
                    + target.photo);
        }
        if (account != null && config.account(account) == null) {
            throw new CommandFailure(ExitCode.USAGE, "--account " + account + ": no such account in the config; "
                    + "configured: " + config.accounts().stream().map(a -> a.id()).toList());
        }
        List<Requeue.Outcome> outcomes;
        try (Database database = StoreSupport.open(context.tools(config))) {
            Requeue requeue = new Requeue(database);
            outcomes = target.photo != null ? List.of(photo(requeue)) : requeue.failed(account);
        }
        return report(outcomes);
    }

    private Requeue.Outcome photo(Requeue requeue) {
        PhotoKey key = PhotoKey.parse("ACCOUNT/PHOTO", target.photo);
        return requeue.photo(key.accountId(), key.photoId());
    }

    private int report(List<Requeue.Outcome> outcomes) {
        PrintWriter out = context.out();
        outcomes.forEach(outcome -> out.println(outcome.message()));
        long requeued = outcomes.stream().filter(Requeue.Outcome::requeued).count();
        if (target.failed) {
            out.println(requeued == 0 ? "no failed photos" + (account == null ? "" : " in " + account)
                    : requeued + " photo(s) back in line");
        }
        out.flush();
        return requeued == outcomes.size() ? ExitCode.OK : ExitCode.PARTIAL_FAILURE;
    }
}
