package dev.autocaption.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The review page, metrics and health endpoints ({@code web:} section).
 *
 * <p>Served on loopback by default. Any other address needs a {@link #token()}: the page lets whoever reaches it
 * approve captions that are posted to the accounts, and roll posts back. The token is a {@link Secret}, so printing
 * this record never shows it.
 *
 * @param bind       the address to listen on; loopback by default
 * @param port       the TCP port; 0 picks a free one (the demo and tests do; the config file asks for 1 to 65535)
 * @param enabled    whether {@code run} serves the page ({@code demo} always does)
 * @param token      the access token every request except {@code /health} must carry; null for none, which only a
 *                   loopback {@code bind} allows
 * @param thumbnails where the photos' thumbnails are kept; null means beside the store (the embedded H2 file's
 *                   directory, {@code thumbnails/} in it), or {@code ./data/thumbnails} for other stores
 */
public record WebConfig(String bind, int port, boolean enabled, Secret token, Path thumbnails) {
    /** The shortest token accepted. */
    public static final int MIN_TOKEN_LENGTH = 16;
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    public WebConfig {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in [0, 65535], was " + port);
        }
        if (token == null && !isLoopback(bind)) {
            throw new IllegalArgumentException("bind " + bind + " is not a loopback address, so a token is "
                    + "required");
        }
    }

    /** Loopback, port 8080, off in {@code run}, no token, thumbnails beside the store. */
    public static WebConfig defaults() {
        return new WebConfig("127.0.0.1", 8080, false, null, null);
    }

    /** This section with another port (the demo picks a free one) and the page switched on. */
    public WebConfig servingOn(int otherPort) {
        return new WebConfig(bind, otherPort, true, token, thumbnails);
    }

    /**
     * True for the addresses only this machine reaches: {@code localhost}, {@code 127.x.y.z} and {@code ::1}
     * (judged by spelling, without a DNS look-up).
     */
    public static boolean isLoopback(String address) {
        String a = address.strip();
        return a.equalsIgnoreCase("localhost") || IPV4_LOOPBACK.matcher(a).matches() || a.equals("::1")
                || a.equals("[::1]") || a.equals("0:0:0:0:0:0:0:1");
    }
}
