package dev.autocaption.bot.connector;

import dev.autocaption.config.AccountConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * How {@code autocaption auth <family>} authorises an account of a platform, or checks that it is authorised. The
 * CLI finds the account, hands over a {@link Dialog} and turns the {@link Result} into an exit code; the platform
 * knowledge (OAuth, token files, permission checks) stays in the connector package.
 */
public interface Authorization {

    /** What the person at the terminal and the machine give the flow. */
    interface Dialog {
        /** Results and tokens (for {@code --print}). */
        PrintWriter out();

        /** Instructions and prompts. */
        PrintWriter err();

        /** One line typed by the person; null at the end of input. */
        String readLine() throws IOException;

        /** True for {@code --print}: show the token as environment lines instead of storing it. */
        boolean print();

        /** What a relative credentials file resolves against. */
        Path workingDirectory();

        /** Real time, real sleeps and the production timeouts. */
        ConnectorRuntime runtime();
    }

    /** How the flow ended. */
    enum Outcome {
        /** Authorised, or the check passed. */
        OK,
        /** The platform refused, or the check found something to fix (exit code AUTH). */
        NOT_AUTHORISED,
        /** The person typed nothing where input was needed (exit code INPUT). */
        NO_INPUT
    }

    /**
     * @param outcome how it ended
     * @param message why, for an outcome other than OK (printed as the error); null for OK
     */
    record Result(Outcome outcome, String message) {
        public static final Result OK = new Result(Outcome.OK, null);
    }

    /** The command's one-line description in {@code autocaption auth --help}. */
    String description();

    /** True when the flow offers {@code --print}. */
    boolean offersPrint();

    /**
     * Runs the flow for one account of this family.
     *
     * @throws ConnectorException when the platform cannot be reached or answers with an error
     */
    Result run(AccountConfig account, Dialog dialog) throws ConnectorException, IOException;
}
