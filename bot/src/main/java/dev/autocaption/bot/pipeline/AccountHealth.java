package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.store.Account;
import dev.autocaption.store.AccountStatus;
import dev.autocaption.store.Database;
import dev.autocaption.store.Run;
import dev.autocaption.store.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Decides whether an account may work now, and what an account-level failure does to it: a revoked or
 * insufficient token pauses it until a person acts; anything transient backs it off, doubling with each failed
 * cycle in a row (from one minute up to an hour), or as long as the platform asked.
 */
public final class AccountHealth {
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    /** Why the account must not work now; null when it may. */
    public String whyNot(Account account, Instant now) {
        if (account.status() == AccountStatus.PAUSED) {
            return "paused: " + account.statusReason();
        }
        if (account.status() == AccountStatus.BACKOFF && now.isBefore(account.backoffUntil())) {
            return "backing off until " + account.backoffUntil() + ": " + account.statusReason();
        }
        return null;
    }

    /** Records the failure on the account; returns the status line for the log and the run message. */
    public String failed(Database database, String accountId, ConnectorException e) {
        return database.inTransaction(tx -> {
            if (e.action() == ConnectorException.Action.PAUSE_ACCOUNT) {
                tx.accounts().pause(accountId, e.getMessage());
                return "paused: " + e.getMessage();
            }
            Duration backoff = backoff(tx.runs().recent(accountId, 8), e.retryAfter());
            Instant until = tx.clock().instant().plus(backoff);
            tx.accounts().backOff(accountId, until, e.getMessage());
            return "backing off " + backoff.toMinutes() + " min until " + until + ": " + e.getMessage();
        });
    }

    /** Back to normal after a cycle that worked. */
    public void succeeded(Database database, String accountId) {
        database.useTransaction(tx -> {
            Account account = tx.accounts().find(accountId).orElseThrow();
            if (account.status() == AccountStatus.BACKOFF) {
                tx.accounts().resume(accountId);
            }
        });
    }

    static Duration backoff(List<Run> recent, Duration retryAfter) {
        int failedInARow = 0;
        for (Run run : recent) {
            if (run.status() != RunStatus.FAILED) {
                if (run.status() == RunStatus.RUNNING) {
                    continue;
                }
                break;
            }
            failedInARow++;
        }
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(6, failedInARow));
        if (backoff.compareTo(MAX_BACKOFF) > 0) {
            backoff = MAX_BACKOFF;
        }
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }
}
