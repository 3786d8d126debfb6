package dev.autocaption.bot.connector.flickr;

import dev.autocaption.bot.connector.Authorization;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.PrivateFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code autocaption auth flickr}: the OAuth 1.0a out-of-band flow. Prints the URL to approve write access, reads
 * the code Flickr shows, stores the token in the account's credentials file (owner-only) or prints it as
 * environment lines with {@code --print}, and verifies it with {@code flickr.test.login}.
 */
final class FlickrAuthorizationFlow implements Authorization {

    @Override
    public String description() {
        return "Authorise a Flickr account (OAuth, write permission) and store its token.";
    }

    @Override
    public boolean offersPrint() {
        return true;
    }

    @Override
    public Result run(AccountConfig account, Dialog dialog) throws ConnectorException, IOException {
        FlickrAuthorization auth = new FlickrAuthorization(account, dialog.runtime());
        FlickrAuthorization.Pending pending = auth.start();
        String verifier = ask(dialog, pending.authorizationUrl());
        if (verifier == null) {
            return new Result(Outcome.NO_INPUT, "no code was typed; nothing stored");
        }
        FlickrAuthorization.Login login = auth.finish(pending, verifier);
        if (!login.canWrite()) {
            return new Result(Outcome.NOT_AUTHORISED, "Flickr granted '" + login.permission() + "' permission only;"
                    + " run the command again and approve write access");
        }
        if (dialog.print()) {
            printEnvironment(account, login, dialog.out());
        } else {
            store(account, login, dialog);
        }
        return Result.OK;
    }

    private static String ask(Dialog dialog, String url) throws IOException {
        PrintWriter err = dialog.err();
        err.println("1. Open this address, sign in as the account's owner and approve write access:");
        err.println("   " + url);
        err.print("2. Type the code Flickr shows (like 123-456-789): ");
        err.flush();
        String line = dialog.readLine();
        return line == null || line.isBlank() ? null : line.trim();
    }

    private static void store(AccountConfig account, FlickrAuthorization.Login login, Dialog dialog)
            throws IOException {
        Path file = dialog.workingDirectory().resolve(FlickrTokenFile.pathFor(account));
        // the token file is owner-only; a directory made for it (like ~/.autocaption) is too
        PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
        FlickrTokenFile.write(file, login.token(), login.tokenSecret());
        dialog.out().println("Authorised " + login.username() + " (" + login.nsid() + ") with " + login.permission()
                + " permission; token stored in " + file + " (readable only by you).");
        dialog.out().flush();
    }

    private static void printEnvironment(AccountConfig account, FlickrAuthorization.Login login, PrintWriter out) {
        String prefix = "AUTOCAPTION_" + account.id().toUpperCase(Locale.ROOT).replace('-', '_');
        out.println("# Flickr token for " + login.username() + " (" + login.nsid() + "), " + login.permission()
                + " permission. In autocaption.yaml: token: ${" + prefix + "_TOKEN}, token-secret: ${" + prefix
                + "_TOKEN_SECRET}");
        out.println(prefix + "_TOKEN=" + login.token().reveal());
        out.println(prefix + "_TOKEN_SECRET=" + login.tokenSecret().reveal());
        out.flush();
    }
}
