package dev.autocaption.bot.cli;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.facebook.FacebookTokenCheck;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.AccountType;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption auth facebook --account ID}: checks the account's access token: which Page (or user) it acts
 * as, which permissions it has, which the write mode still needs, and what to fix.
 */
@Command(name = "facebook", mixinStandardHelpOptions = true,
        description = "Check a Facebook account's access token: page, permissions present and missing.")
final class AuthFacebookCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The Facebook account's id.")
    private String accountId;

    AuthFacebookCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        AccountConfig account = AuthSupport.account(context, globals, accountId, AccountType.FACEBOOK_PAGE,
                AccountType.FACEBOOK_PROFILE);
        FacebookTokenCheck.Report report;
        try {
            report = new FacebookTokenCheck(account, AuthSupport.runtime(context)).check();
        } catch (ConnectorException e) {
            throw AuthSupport.failure(e);
        }
        PrintWriter out = context.out();
        out.println("account:     " + account.id() + " (" + account.type().configName() + ", write: "
                + account.write().configName() + ")");
        out.println("token:       " + report.tokenType() + " token acting as " + report.ownerName() + " ("
                + report.ownerId() + ")");
        out.println("permissions: " + (report.granted().isEmpty() ? "(none)" : String.join(", ",
                new java.util.TreeSet<>(report.granted()))));
        out.println("missing:     " + (report.missing().isEmpty() ? "(none)" : String.join(", ",
                new java.util.TreeSet<>(report.missing()))));
        if (account.type() == AccountType.FACEBOOK_PROFILE) {
            out.println("note:        profiles are read-only; captions go to the review queue and history only");
        }
        report.problems().forEach(problem -> out.println("fix:         " + problem));
        out.println(report.ok() ? "OK" : "NOT OK");
        out.flush();
        return report.ok() ? ExitCode.OK : ExitCode.AUTH;
    }
}
