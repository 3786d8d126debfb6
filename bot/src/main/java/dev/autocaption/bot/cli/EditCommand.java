package dev.autocaption.bot.cli;

import dev.autocaption.bot.approval.Approval;
import dev.autocaption.bot.approval.DecisionWords;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autocaption edit ACCOUNT/PHOTO TEXT}. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Approve a queued (or dropped) photo with your own TEXT instead of a candidate.")
final class EditCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @Parameters(index = "0", paramLabel = "ACCOUNT/PHOTO", description = "The photo, e.g. flickr-main/53684749845.")
    private String photo;

    @Parameters(index = "1", paramLabel = "TEXT", description = "The caption to post.")
    private String text;

    EditCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        PhotoKey key = PhotoKey.parse("ACCOUNT/PHOTO", photo);
        String problem = DecisionWords.editProblem(text);
        if (problem != null) {
            throw new CommandFailure(ExitCode.USAGE, "TEXT: " + problem + " (to decide, run autocaption approve "
                    + key + " or autocaption reject " + key + ")");
        }
        return Decisions.apply(context, globals, Approval.edit(key.accountId(), key.photoId(), text));
    }
}
