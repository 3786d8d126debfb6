package dev.autocaption.bot.cli;

import dev.autocaption.bot.connector.Authorization;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.config.AccountConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption auth <family> --account ID}: one subcommand per platform family that declares an
 * {@link Authorization}; the flow itself is the connector's. This command finds the account, checks that it
 * belongs to the family, and turns the flow's result into an exit code.
 */
@Command(mixinStandardHelpOptions = true)
final class AuthCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;
    private final String family;
    private final Authorization authorization;
    private final Supplier<BufferedReader> input;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account's id.")
    private String accountId;

    @Option(names = "--print", description = "Print the token as environment lines instead of storing it.")
    private boolean print;

    private AuthCommand(CliContext context, GlobalOptions globals, String family, Authorization authorization,
                        Supplier<BufferedReader> input) {
        this.context = context;
        this.globals = globals;
        this.family = family;
        this.authorization = authorization;
        this.input = input;
    }

    /** The subcommand for one family, with {@code --print} only where its flow offers it. */
    static CommandLine of(CliContext context, GlobalOptions globals, String family, Authorization authorization,
                          Supplier<BufferedReader> input) {
        CommandLine command = new CommandLine(new AuthCommand(context, globals, family, authorization, input));
        command.getCommandSpec().name(family).usageMessage().description(authorization.description());
        if (!authorization.offersPrint()) {
            command.getCommandSpec().remove(command.getCommandSpec().findOption("--print"));
        }
        return command;
    }

    @Override
    public Integer call() throws IOException {
        AccountConfig account = AuthSupport.account(context, globals, accountId, family);
        Authorization.Result result;
        try {
            result = authorization.run(account, dialog());
        } catch (ConnectorException e) {
            throw AuthSupport.failure(e);
        }
        return switch (result.outcome()) {
            case OK -> ExitCode.OK;
            case NO_INPUT -> throw new CommandFailure(ExitCode.INPUT, result.message());
            case NOT_AUTHORISED -> {
                if (result.message() != null) {
                    throw new CommandFailure(ExitCode.AUTH, result.message());
                }
                yield ExitCode.AUTH;
            }
        };
    }

    private Authorization.Dialog dialog() {
        ConnectorRuntime runtime = AuthSupport.runtime(context);
        return new Authorization.Dialog() {
            @Override
            public PrintWriter out() {
                return context.out();
            }

            @Override
            public PrintWriter err() {
                return context.err();
            }

            @Override
            public String readLine() throws IOException {
                return input.get().readLine();
            }

            @Override
            public boolean print() {
                return print;
            }

            @Override
            public Path workingDirectory() {
                return context.workingDirectory();
            }

            @Override
            public ConnectorRuntime runtime() {
                return runtime;
            }
        };
    }
}
