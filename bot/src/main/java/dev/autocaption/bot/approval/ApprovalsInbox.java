package dev.autocaption.bot.approval;

import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.FilterConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.DecisionSource;
import dev.autocaption.store.EventKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the approvals files each cycle: every entry once (source {@code config}), remembered in the store so a
 * restart does not apply it again. Each account reads its own effective {@code review.approvals-file} (the global
 * one unless the account sets its own); several accounts may share a file, and each applies only its own keys. A
 * key for an account that reads another file is reported, not applied. Problems (malformed entries, unknown
 * accounts, decisions on posted photos) are returned once per process, never stopping the cycle. Thread-safe for
 * cycles of different accounts at once (one account's cycles never overlap).
 */
public final class ApprovalsInbox {
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalsInbox.class);
    private static final String PROBLEM = "problem: ";
    private static final String IGNORED = "ignored: ";

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
     * Reads the account's approvals file and applies its new entries for that account. Problems and ignored
     * entries not reported before are also logged (warning) and kept in the store's event log under
     * {@code runId}.
     *
     * @param runId the run applying them; null outside a run
     * @return one line per applied decision and per problem not reported before
     * @throws IllegalArgumentException for an account the config does not have
     */
    public List<String> apply(String accountId, Long runId) {
        List<String> lines = apply(accountId);
        List<String> trouble = lines.stream().filter(ApprovalsInbox::isTrouble).toList();
        for (String line : trouble) {
            LOG.warn("account {}: {}", accountId, line);
        }
        if (!trouble.isEmpty()) {
            database.useTransaction(tx -> {
                for (String line : trouble) {
                    tx.events().append(accountId, null, runId, EventKind.ERROR, "approvals file: " + line);
                }
            });
        }
        return lines;
    }

    /** True for the lines {@link #apply} reports as a problem or an ignored entry. */
    public static boolean isTrouble(String line) {
        return line.startsWith(PROBLEM) || line.startsWith(IGNORED);
    }

    /** Reads every file the given accounts read, once each: the problems, for {@code autocaption queue}. */
    public static List<String> problems(List<AccountConfig> accounts) {
        Function<String, AccountConfig> byId = id -> accounts.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElse(null);
        List<String> problems = new ArrayList<>();
        for (Path file : accounts.stream().map(a -> a.review().approvalsFile()).distinct().toList()) {
            problems.addAll(ApprovalsFile.read(file, minWords(byId)).problems());
        }
        return problems;
    }

    private static ToIntFunction<String> minWords(Function<String, AccountConfig> accounts) {
        return id -> {
            AccountConfig account = accounts.apply(id);
            return (account == null ? FilterConfig.defaults() : account.filter()).minWords();
        };
    }

    private List<String> apply(String accountId) {
        Path file = fileOf(accountId);
        ApprovalsFile.Parsed parsed = ApprovalsFile.read(file, minWords(accounts));
        List<String> lines = new ArrayList<>();
        for (String problem : parsed.problems()) {
            reportOnce(lines, PROBLEM + problem);
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
            reportOnce(lines, IGNORED + approval.key() + ": no account " + approval.accountId()
                    + " in the config");
        } else if (!other.review().approvalsFile().equals(file)) {
            reportOnce(lines, IGNORED + approval.key() + " in " + file + ": account " + approval.accountId()
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
            case REFUSED -> reportOnce(lines, IGNORED + outcome.message());
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
