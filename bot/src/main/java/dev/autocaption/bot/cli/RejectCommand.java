package dev.autocaption.bot.cli;

import dev.autocaption.bot.approval.Approval;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autocaption reject ACCOUNT/PHOTO}, or {@code reject --below SCORE [--account ID] [--dry-run]}. */
@Command(name = "reject", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reject a queued photo's caption, or take back the approval of one not written yet.",
                "With --below: reject every queued photo whose best score is below SCORE."})
final class RejectCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACCOUNT/PHOTO",
            description = "The photo, e.g. flickr-main/53684749845.")
    private String photo;

    @Option(names = "--below", paramLabel = "SCORE",
            description = "Instead of one photo: every queued photo whose best candidate scores below SCORE.")
    private Double below;

    @Option(names = "--account", paramLabel = "ID", description = "With --below: only this account's photos.")
    private String account;

    @Option(names = "--dry-run", description = "With --below: list what would be rejected, reject nothing.")
    private boolean dryRun;

    RejectCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        if (below != null) {
            if (photo != null) {
                throw new CommandFailure(ExitCode.USAGE, "give either ACCOUNT/PHOTO or --below, not both");
            }
            return BulkDecisions.decide(context, globals, BulkDecisions.Bound.below(below), account, false, dryRun);
        }
        if (photo == null) {
            throw new CommandFailure(ExitCode.USAGE, "missing ACCOUNT/PHOTO (or --below SCORE for many photos)");
        }
        if (account != null || dryRun) {
            throw new CommandFailure(ExitCode.USAGE, (account != null ? "--account" : "--dry-run")
                    + ": only with --below");
        }
        PhotoKey key = PhotoKey.parse("ACCOUNT/PHOTO", photo);
        return Decisions.apply(context, globals, Approval.reject(key.accountId(), key.photoId()));
    }
}
