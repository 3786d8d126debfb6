package dev.autocaption.bot.connector.facebook;

import dev.autocaption.bot.connector.Authorization;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.config.AccountConfig;
import java.io.PrintWriter;
import java.util.TreeSet;

/**
 * {@code autocaption auth facebook}: checks the account's access token: which Page (or user) it acts as, which
 * permissions it has, which the write mode still needs, and what to fix. Stores nothing.
 */
final class FacebookTokenFlow implements Authorization {

    @Override
    public String description() {
        return "Check a Facebook account's access token: page, permissions present and missing.";
    }

    @Override
    public boolean offersPrint() {
        return false;
    }

    @Override
    public Result run(AccountConfig account, Dialog dialog) throws ConnectorException {
        FacebookTokenCheck.Report report = new FacebookTokenCheck(account, dialog.runtime()).check();
        PrintWriter out = dialog.out();
        out.println("account:     " + account.id() + " (" + account.type().configName() + ", write: "
                + account.write().configName() + ")");
        out.println("token:       " + report.tokenType() + " token acting as " + report.ownerName() + " ("
                + report.ownerId() + ")");
        out.println("permissions: " + (report.granted().isEmpty() ? "(none)" : String.join(", ",
                new TreeSet<>(report.granted()))));
        out.println("missing:     " + (report.missing().isEmpty() ? "(none)" : String.join(", ",
                new TreeSet<>(report.missing()))));
        if (account.type().equals(FacebookPlatform.PROFILE)) {
            out.println("note:        profiles are read-only; captions go to the review queue and history only");
        }
        report.problems().forEach(problem -> out.println("fix:         " + problem));
        out.println(report.ok() ? "OK" : "NOT OK");
        out.flush();
        return report.ok() ? Result.OK : new Result(Outcome.NOT_AUTHORISED, null);
    }
}
