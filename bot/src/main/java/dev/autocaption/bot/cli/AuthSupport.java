package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Sleeper;
import dev.autocaption.config.AccountConfig;
import java.time.Duration;
import java.util.stream.Collectors;

/** What the {@code auth} commands share: finding the account and turning connector failures into exit codes. */
final class AuthSupport {
    private AuthSupport() {
    }

    /** The account with this id, which must be of a type of the given platform family. */
    static AccountConfig account(CliContext context, GlobalOptions globals, String id, String family) {
        var accounts = ConfigSupport.load(context, globals).config().accounts();
        AccountConfig account = accounts.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new CommandFailure(ExitCode.CONFIG, "no account '" + id + "' in the"
                        + " configuration; accounts: " + (accounts.isEmpty() ? "(none)"
                        : accounts.stream().map(AccountConfig::id).collect(Collectors.joining(", ")))));
        String accountFamily = Toolkit.platforms().stream().filter(p -> p.type().equals(account.type()))
                .map(p -> p.spec().family()).findFirst().orElse(account.type().configName());
        if (accountFamily.equals(family)) {
            return account;
        }
        throw new CommandFailure(ExitCode.USAGE, "account '" + id + "' is " + account.type().configName()
                + "; use `autocaption auth " + accountFamily + " --account " + id + "`");
    }

    /** Real time, real sleeps, the production timeouts. */
    static ConnectorRuntime runtime(CliContext context) {
        return new ConnectorRuntime(context.clock(), Sleeper.SYSTEM, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    static CommandFailure failure(ConnectorException e) {
        return new CommandFailure(ExitCode.AUTH, e.getMessage(), e);
    }
}
