package dev.autocaption.bot.cli;

import dev.autocaption.bot.approval.Approval;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autocaption reject ACCOUNT/PHOTO}. */
@Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a queued photo's caption.")
final class RejectCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @Parameters(index = "0", paramLabel = "ACCOUNT/PHOTO", description = "The photo, e.g. flickr-main/53684749845.")
    private String photo;

    RejectCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        PhotoKey key = PhotoKey.parse("ACCOUNT/PHOTO", photo);
        return Decisions.apply(context, globals, Approval.reject(key.accountId(), key.photoId()));
    }
}
