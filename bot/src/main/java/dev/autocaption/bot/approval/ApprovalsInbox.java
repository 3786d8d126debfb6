package dev.autocaption.bot.approval;

import dev.autocaption.store.Database;
import dev.autocaption.store.DecisionSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies the approvals file each cycle: every entry once (source {@code config}), remembered in the store so a
 * restart does not apply it again. Problems (malformed entries, unknown accounts, decisions on posted photos) are
 * returned once per process, never stopping the cycle. Thread-safe.
 */
public final class ApprovalsInbox {
    private final Path file;
    private final Database database;
    private final ApprovalWorkflow workflow;
    private final Set<String> reported = new HashSet<>();

    public ApprovalsInbox(Path file, Database database, ApprovalWorkflow workflow) {
        this.file = Objects.requireNonNull(file, "file");
        this.database = Objects.requireNonNull(database, "database");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
    }

    /** The file it reads. */
    public Path file() {
        return file;
    }

    /**
     * Reads the file and applies the new entries for one account (null: every account).
     *
     * @return one line per applied decision and per problem not reported before
     */
    public List<String> apply(String accountId) {
        ApprovalsFile.Parsed parsed = ApprovalsFile.read(file);
        List<String> lines = new ArrayList<>();
        for (String problem : parsed.problems()) {
            reportOnce(lines, "problem: " + problem);
        }
        for (Approval approval : parsed.approvals()) {
            if (!workflow.knows(approval.accountId())) {
                reportOnce(lines, "ignored: " + approval.key() + ": no account " + approval.accountId()
                        + " in the config");
            } else if (accountId == null || accountId.equals(approval.accountId())) {
                applyOne(approval, lines);
            }
        }
        return lines;
    }

    private void applyOne(Approval approval, List<String> lines) {
        if (database.inTransaction(tx -> AppliedApprovals.contains(tx, approval))) {
            return;
        }
        ApprovalWorkflow.Outcome outcome = workflow.apply(approval, DecisionSource.CONFIG);
        switch (outcome.result()) {
            case APPLIED -> lines.add(outcome.message());
            case NOT_YET -> reportOnce(lines, "waiting: " + outcome.message());
            case REFUSED -> reportOnce(lines, "ignored: " + outcome.message());
        }
        if (outcome.result() != ApprovalWorkflow.Result.NOT_YET) {
            database.useTransaction(tx -> AppliedApprovals.add(tx, approval, outcome.message()));
        }
    }

    private synchronized void reportOnce(List<String> lines, String line) {
        if (reported.add(line)) {
            lines.add(line);
        }
    }
}
