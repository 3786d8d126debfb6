package dev.autocaption.bot.connector;

import java.net.URI;

/**
 * Says which server could not be reached and why, in the words a person can act on: the host and port they
 * configured ({@code api-base-url}) or the platform's own, and the root cause ({@code ConnectException: Connection
 * refused}), where the SDKs only say "network error". Stateless.
 */
public final class NetworkFailure {
    private NetworkFailure() {
    }

    /** {@code host:port} of the account's api-base-url, or of {@code defaultHost} over HTTPS when it has none. */
    public static String endpoint(URI apiBaseUrl, String defaultHost) {
        if (apiBaseUrl == null || apiBaseUrl.getHost() == null) {
            return defaultHost + ":443";
        }
        int port = apiBaseUrl.getPort() != -1 ? apiBaseUrl.getPort()
                : "http".equalsIgnoreCase(apiBaseUrl.getScheme()) ? 80 : 443;
        return apiBaseUrl.getHost() + ":" + port;
    }

    /** "cannot reach 127.0.0.1:8089 (ConnectException: Connection refused)". */
    public static String describe(String endpoint, Throwable failure) {
        return "cannot reach " + endpoint + " (" + rootCause(failure) + ")";
    }

    /** The innermost cause as {@code SimpleName: message}. */
    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
