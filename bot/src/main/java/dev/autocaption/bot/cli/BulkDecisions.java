package dev.autocaption.bot.cli;

import dev.autocaption.bot.approval.Approval;
import dev.autocaption.bot.approval.ApprovalWorkflow;
import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.DecisionSource;
import dev.autocaption.store.StoredCaption;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * {@code approve --above S} and {@code reject --below S}: one decision per queued photo whose best candidate's
 * score passes the test, each through the {@link ApprovalWorkflow} like a single decision; {@code --dry-run}
 * lists what would be decided and decides nothing.
 */
final class BulkDecisions {
    /** The bound and what it selects, for the messages. */
    record Bound(String option, double value, DoublePredicate selects) {
        static Bound above(double value) {
            return new Bound("--above", check("--above", value), score -> score >= value);
        }

        static Bound below(double value) {
            return new Bound("--below", check("--below", value), score -> score < value);
        }

        private static double check(String option, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new CommandFailure(ExitCode.USAGE, option + ": must be a score in [0, 1], was " + value);
            }
            return value;
        }
    }

    private BulkDecisions() {
    }

    /**
     * Decides every queued photo (of {@code account}, or all) whose best candidate passes {@code bound}: approve
     * candidate 1, or reject.
     */
    static int decide(CliContext context, GlobalOptions globals, Bound bound, String account, boolean approve,
                      boolean dryRun) {
        BotConfig config = ConfigSupport.load(context, globals).config();
        PrintWriter out = context.out();
        int selected;
        int refused = 0;
        try (Database database = StoreSupport.open(context.tools(config))) {
            List<QueueCommand.Entry> entries = select(database, account, bound);
            selected = entries.size();
            ApprovalWorkflow workflow = new ApprovalWorkflow(database, config::account);
            for (QueueCommand.Entry entry : entries) {
                refused += dryRun ? dryRun(entry, approve, out) : decideOne(workflow, entry, approve, out);
            }
        }
        out.println(summary(bound, approve, dryRun, selected, refused, account));
        out.flush();
        return refused == 0 ? ExitCode.OK : ExitCode.PARTIAL_FAILURE;
    }

    private static List<QueueCommand.Entry> select(Database database, String account, Bound bound) {
        return QueueCommand.read(database, account, Integer.MAX_VALUE).stream()
                .filter(entry -> !entry.candidates().isEmpty()
                        && bound.selects().test(entry.candidates().get(0).candidate().score()))
                .toList();
    }

    private static int dryRun(QueueCommand.Entry entry, boolean approve, PrintWriter out) {
        StoredCaption best = entry.candidates().get(0);
        out.println(String.format(Locale.ROOT, "%s: would %s candidate 1 (%.2f) \"%s\"", entry.photo().key(),
                approve ? "approve" : "reject", best.candidate().score(), best.text()));
        return 0;
    }

    /** Applies one decision; 1 when it was refused, else 0. */
    private static int decideOne(ApprovalWorkflow workflow, QueueCommand.Entry entry, boolean approve,
                                 PrintWriter out) {
        String accountId = entry.photo().accountId();
        String photoId = entry.photo().remoteId();
        Approval approval = approve ? Approval.approve(accountId, photoId, 1) : Approval.reject(accountId, photoId);
        ApprovalWorkflow.Outcome outcome = workflow.apply(approval, DecisionSource.CLI);
        out.println(outcome.message());
        return outcome.result() == ApprovalWorkflow.Result.APPLIED ? 0 : 1;
    }

    private static String summary(Bound bound, boolean approve, boolean dryRun, int decided, int refused,
                                  String account) {
        String verb = approve ? "approve" : "reject";
        String scope = String.format(Locale.ROOT, "queued photo%s%s whose best score is %s %.2f",
                decided == 1 ? "" : "s", account == null ? "" : " of " + account,
                bound.option().equals("--above") ? "at least" : "below", bound.value());
        if (dryRun) {
            return "would " + verb + " " + decided + " " + scope + " (dry run: nothing decided)";
        }
        return (approve ? "approved " : "rejected ") + (decided - refused) + " " + scope
                + (refused == 0 ? "" : "; " + refused + " refused (see above)");
    }
}
