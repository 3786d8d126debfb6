package dev.autocaption.bot.web;

/** A request the page cannot serve as sent: answered with its status and message, never logged as an error. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
