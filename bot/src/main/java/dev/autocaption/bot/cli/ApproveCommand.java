package dev.autocaption.bot.cli;

import dev.autocaption.bot.approval.Approval;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autocaption approve ACCOUNT/PHOTO [RANK]}. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approve a queued (or dropped) photo's caption: the top candidate, or candidate RANK.")
final class ApproveCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @Parameters(index = "0", paramLabel = "ACCOUNT/PHOTO", description = "The photo, e.g. flickr-main/53684749845.")
    private String photo;

    @Parameters(index = "1", paramLabel = "RANK", defaultValue = "1", description = "Which candidate (default 1).")
    private int rank;

    ApproveCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        PhotoKey key = PhotoKey.parse("ACCOUNT/PHOTO", photo);
        if (rank < 1) {
            throw new CommandFailure(ExitCode.USAGE, "RANK: must be at least 1, was " + rank);
        }
        return Decisions.apply(context, globals, Approval.approve(key.accountId(), key.photoId(), rank));
    }
}
