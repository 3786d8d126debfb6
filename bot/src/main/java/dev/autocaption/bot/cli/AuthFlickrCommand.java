package dev.autocaption.bot.cli;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.flickr.FlickrAuthorization;
import dev.autocaption.bot.connector.flickr.FlickrTokenFile;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.AccountType;
import dev.autocaption.config.PrivateFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption auth flickr --account ID}: the OAuth 1.0a out-of-band flow. Prints the URL to approve
 * write access, reads the code Flickr shows, stores the token in the account's credentials file (owner-only) or
 * prints it as environment lines with {@code --print}, and verifies it with {@code flickr.test.login}.
 */
@Command(name = "flickr", mixinStandardHelpOptions = true,
        description = "Authorise a Flickr account (OAuth, write permission) and store its token.")
final class AuthFlickrCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;
    private final Supplier<BufferedReader> input;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "The Flickr account's id.")
    private String accountId;

    @Option(names = "--print", description = "Print the token as environment lines instead of storing it.")
    private boolean print;

    AuthFlickrCommand(CliContext context, GlobalOptions globals, Supplier<BufferedReader> input) {
        this.context = context;
        this.globals = globals;
        this.input = input;
    }

    @Override
    public Integer call() throws IOException {
        AccountConfig account = AuthSupport.account(context, globals, accountId, AccountType.FLICKR);
        FlickrAuthorization auth = new FlickrAuthorization(account, AuthSupport.runtime(context));
        FlickrAuthorization.Login login;
        try {
            FlickrAuthorization.Pending pending = auth.start();
            String verifier = ask(pending.authorizationUrl());
            login = auth.finish(pending, verifier);
        } catch (ConnectorException e) {
            throw AuthSupport.failure(e);
        }
        if (!login.canWrite()) {
            throw new CommandFailure(ExitCode.AUTH, "Flickr granted '" + login.permission() + "' permission only;"
                    + " run the command again and approve write access");
        }
        return print ? printEnvironment(account, login) : store(account, login);
    }

    private String ask(String url) throws IOException {
        PrintWriter err = context.err();
        err.println("1. Open this address, sign in as the account's owner and approve write access:");
        err.println("   " + url);
        err.print("2. Type the code Flickr shows (like 123-456-789): ");
        err.flush();
        String line = input.get().readLine();
        if (line == null || line.isBlank()) {
            throw new CommandFailure(ExitCode.INPUT, "no code was typed; nothing stored");
        }
        return line.trim();
    }

    private int store(AccountConfig account, FlickrAuthorization.Login login) throws IOException {
        Path file = context.workingDirectory().resolve(FlickrTokenFile.pathFor(account));
        // the token file is owner-only; a directory made for it (like ~/.autocaption) is too
        PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
        FlickrTokenFile.write(file, login.token(), login.tokenSecret());
        context.out().println("Authorised " + login.username() + " (" + login.nsid() + ") with " + login.permission()
                + " permission; token stored in " + file + " (readable only by you).");
        context.out().flush();
        return ExitCode.OK;
    }

    private int printEnvironment(AccountConfig account, FlickrAuthorization.Login login) {
        String prefix = "AUTOCAPTION_" + account.id().toUpperCase(Locale.ROOT).replace('-', '_');
        PrintWriter out = context.out();
        out.println("# Flickr token for " + login.username() + " (" + login.nsid() + "), " + login.permission()
                + " permission. In autocaption.yaml: token: ${" + prefix + "_TOKEN}, token-secret: ${" + prefix
                + "_TOKEN_SECRET}");
        out.println(prefix + "_TOKEN=" + login.token().reveal());
        out.println(prefix + "_TOKEN_SECRET=" + login.tokenSecret().reveal());
        out.flush();
        return ExitCode.OK;
    }
}
