package dev.autocaption.config;

import java.util.Objects;

/**
 * The local web interface ({@code web:} section).
 *
 * @param bind the address to listen on; loopback by default
 * @param port the TCP port
 */
public record WebConfig(String bind, int port) {
    public WebConfig {
        Objects.requireNonNull(bind, "bind");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be in [1, 65535], was " + port);
        }
    }

    public static WebConfig defaults() {
        return new WebConfig("127.0.0.1", 8080);
    }
}
