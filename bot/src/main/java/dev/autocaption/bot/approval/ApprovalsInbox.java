package dev.autocaption.bot.approval;

import dev.autocaption.config.AccountConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.DecisionSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Applies the approvals files each cycle: every entry once (source {@code config}), remembered in the store so a
 * restart does not apply it again. Each account reads its own effective {@code review.approvals-file} (the global
 * one unless the account sets its own); several accounts may share a file, and each applies only its own keys. A
 * key for an account that reads another file is reported, not applied. Problems (malformed entries, unknown
 * accounts, decisions on posted photos) are returned once per process, never stopping the cycle. Thread-safe for
 * cycles of different accounts at once (one account's cycles never overlap).
 */
public final class ApprovalsInbox {
    private final Database database;
    private final Function<String, AccountConfig> accounts;
    private final ApprovalWorkflow workflow;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /** @param accounts the account config by id; returns null for an id the config does not have */
    public ApprovalsInbox(Database database, Function<String, AccountConfig> accounts) {
        this.database = Objects.requireNonNull(database, "database");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.workflow = new ApprovalWorkflow(database, accounts);
    }

    /** The file the account reads its decisions from. */
    public Path fileOf(String accountId) {
        return account(accountId).review().approvalsFile();
    }

    /**
     * Reads the account's approvals file and applies its new entries for that account.
     *
     * @return one line per applied decision and per problem not reported before
     * @throws IllegalArgumentException for an account the config does not have
     */
    public List<String> apply(String accountId) {
        Path file = fileOf(accountId);
        ApprovalsFile.Parsed parsed = ApprovalsFile.read(file);
        List<String> lines = new ArrayList<>();
        for (String problem : parsed.problems()) {
            reportOnce(lines, "problem: " + problem);
        }
        for (Approval approval : parsed.approvals()) {
            if (approval.accountId().equals(accountId)) {
                applyOne(approval, lines);
            } else {
                foreign(approval, file, lines);
            }
        }
        return lines;
    }

    /** A key of another account: reported unless that account reads this same file (then its cycle applies it). */
    private void foreign(Approval approval, Path file, List<String> lines) {
        AccountConfig other = accounts.apply(approval.accountId());
        if (other == null) {
            reportOnce(lines, "ignored: " + approval.key() + ": no account " + approval.accountId()
                    + " in the config");
        } else if (!other.review().approvalsFile().equals(file)) {
            reportOnce(lines, "ignored: " + approval.key() + " in " + file + ": account " + approval.accountId()
                    + " reads its decisions from " + other.review().approvalsFile());
        }
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

    private AccountConfig account(String accountId) {
        AccountConfig account = accounts.apply(accountId);
        if (account == null) {
            throw new IllegalArgumentException("no account " + accountId + " in the config");
        }
        return account;
    }

    private void reportOnce(List<String> lines, String line) {
        if (reported.add(line)) {
            lines.add(line);
        }
    }
}
