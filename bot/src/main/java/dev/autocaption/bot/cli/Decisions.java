package dev.autocaption.bot.cli;

import dev.autocaption.bot.approval.Approval;
import dev.autocaption.bot.approval.ApprovalWorkflow;
import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.DecisionSource;

/** Applies one decision from the command line (source {@code cli}) through the {@link ApprovalWorkflow}. */
final class Decisions {
    private Decisions() {
    }

    static int apply(CliContext context, GlobalOptions globals, Approval approval) {
        BotConfig config = ConfigSupport.load(context, globals).config();
        ApprovalWorkflow.Outcome outcome;
        try (Database database = StoreSupport.open(context.tools(config))) {
            outcome = new ApprovalWorkflow(database, config::account).apply(approval, DecisionSource.CLI);
        }
        if (outcome.result() != ApprovalWorkflow.Result.APPLIED) {
            throw new CommandFailure(ExitCode.PARTIAL_FAILURE, outcome.message());
        }
        context.out().println(outcome.message() + (approval.action() == Approval.Action.REJECT ? ""
                : "; the daemon posts it in its next cycle of " + approval.accountId()));
        context.out().flush();
        return ExitCode.OK;
    }
}
