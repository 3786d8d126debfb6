package dev.autocaption.bot.cli;

import dev.autocaption.bot.logging.Logging;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Builds the {@code autocaption} command tree from the one explicit list in {@link Commands} and runs it. Knows
 * the exit-code rules: usage errors exit with {@link ExitCode#USAGE}, {@link CommandFailure}s with their own
 * code and only their message, anything else with {@link ExitCode#INTERNAL} and a stack trace.
 */
public final class Cli {
    private final CliContext context;
    private final GlobalOptions globals = new GlobalOptions();

    public Cli(CliContext context) {
        this.context = context;
    }

    /** Parses and runs one command line; returns the exit code (never calls System.exit). */
    public int execute(String... args) {
        return commandLine().execute(args);
    }

    CommandLine commandLine() {
        CommandLine root = new CommandLine(new RootCommand(globals));
        Commands.register(root, context, globals);
        root.setOut(context.out());
        root.setErr(context.err());
        root.setCaseInsensitiveEnumValuesAllowed(true);
        root.setExecutionStrategy(this::runWithLogging);
        root.setExecutionExceptionHandler(this::handle);
        root.setParameterExceptionHandler(this::handleUsage);
        return root;
    }

    private int runWithLogging(ParseResult parseResult) {
        Logging.configure(globals.verbosity(), globals.quiet(), globals.logFile());
        return new CommandLine.RunLast().execute(parseResult);
    }

    private int handle(Exception e, CommandLine command, ParseResult parseResult) {
        if (e instanceof CommandFailure failure) {
            context.err().println(failure.getMessage());
            context.err().flush();
            return failure.exitCode();
        }
        context.err().println("autocaption: internal error in '" + command.getCommandSpec().qualifiedName()
                + "': " + e + " (this is a bug; please report it with the stack trace below)");
        e.printStackTrace(context.err());
        context.err().flush();
        return ExitCode.INTERNAL;
    }

    private int handleUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        context.err().println(e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, context.err())) {
            context.err().println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        context.err().flush();
        return ExitCode.USAGE;
    }
}
