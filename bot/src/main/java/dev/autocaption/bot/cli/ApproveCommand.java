package dev.autocaption.bot.cli;

import dev.autocaption.bot.approval.Approval;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autocaption approve ACCOUNT/PHOTO [RANK]}, or {@code approve --above SCORE [--account ID] [--dry-run]}. */
@Command(name = "approve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Approve a queued (or dropped) photo's caption: the top candidate, or candidate RANK as "
                + "'autocaption queue' numbers them. A photo approved but not written yet can be approved anew "
                + "(its pending write is replaced).",
                "With --above: approve candidate 1 of every queued photo whose best score is at least SCORE."})
final class ApproveCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACCOUNT/PHOTO",
            description = "The photo, e.g. flickr-main/53684749845.")
    private String photo;

    @Parameters(index = "1", arity = "0..1", paramLabel = "RANK", defaultValue = "1",
            description = "Which candidate (default 1).")
    private int rank;

    @Option(names = "--above", paramLabel = "SCORE",
            description = "Instead of one photo: every queued photo whose best candidate scores at least SCORE.")
    private Double above;

    @Option(names = "--account", paramLabel = "ID", description = "With --above: only this account's photos.")
    private String account;

    @Option(names = "--dry-run", description = "With --above: list what would be approved, approve nothing.")
    private boolean dryRun;

    ApproveCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        if (above != null) {
            if (photo != null) {
                throw new CommandFailure(ExitCode.USAGE, "give either ACCOUNT/PHOTO or --above, not both");
            }
            return BulkDecisions.decide(context, globals, BulkDecisions.Bound.above(above), account, true, dryRun);
        }
        if (photo == null) {
            throw new CommandFailure(ExitCode.USAGE, "missing ACCOUNT/PHOTO (or --above SCORE for many photos)");
        }
        if (account != null || dryRun) {
            throw new CommandFailure(ExitCode.USAGE, (account != null ? "--account" : "--dry-run")
                    + ": only with --above");
        }
        PhotoKey key = PhotoKey.parse("ACCOUNT/PHOTO", photo);
        if (rank < 1) {
            throw new CommandFailure(ExitCode.USAGE, "RANK: must be at least 1, was " + rank);
        }
        return Decisions.apply(context, globals, Approval.approve(key.accountId(), key.photoId(), rank));
    }
}
