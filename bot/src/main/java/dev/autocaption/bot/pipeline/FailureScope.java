package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;

/**
 * Whom a failure concerns, decided in this one place. A failure of one photo stays on that photo, which gets its
 * own retry time, and the cycle goes on with the others; only a failure of the account itself (listing, its token,
 * the API's own rate limit or 5xx) backs the whole account off or pauses it.
 *
 * <pre>
 * kind of failure                                             consequence
 * --------------------------------------------------------   ------------------
 * image download transient (timeout, cut-off body, 5xx, 429,  photo retry later
 *   408)
 * image download permanent (404, 410, 403, empty, too large,  photo failed
 *   redirect loop)
 * image the decoder cannot read (corrupt, not an image, huge) photo skipped: bad image
 * photo refused by the API (not found, write refused)         photo failed
 * API transient on listing or on a photo call (5xx, 429,      account back-off
 *   rate limit, timeout)
 * listing refused (malformed body, unexpected answer)         account back-off
 * token revoked, expired or missing a permission              account paused
 * </pre>
 *
 * A photo retried {@code retry.photo-attempts} times ends failed with its last reason.
 */
public enum FailureScope {
    /** Keep the photo's state, count the attempt, try it again at its own next-try time. */
    PHOTO_RETRY_LATER,
    /** The photo ends failed with the reason; {@code autocaption retry} puts it back in line. */
    PHOTO_FAILED,
    /** The photo ends skipped with the reason (a file that is not a readable image). */
    PHOTO_SKIPPED,
    /** The cycle stops and the account waits, longer after each failed cycle in a row. */
    ACCOUNT_BACKOFF,
    /** The account stops until a person fixes its authorisation. */
    ACCOUNT_PAUSED;

    /** The consequence of a connector failure, by the table above. */
    public static FailureScope of(ConnectorException e) {
        if (e.action() == Action.PAUSE_ACCOUNT) {
            return ACCOUNT_PAUSED;
        }
        if (e.operation() == Operation.OPEN_IMAGE) {
            return e.action() == Action.RETRY_LATER ? PHOTO_RETRY_LATER : PHOTO_FAILED;
        }
        if (e.remoteId() != null && e.action() == Action.GIVE_UP) {
            return PHOTO_FAILED;
        }
        return ACCOUNT_BACKOFF;
    }

    /** True for the consequences that stop the account's cycle. */
    public boolean concernsAccount() {
        return this == ACCOUNT_BACKOFF || this == ACCOUNT_PAUSED;
    }
}
