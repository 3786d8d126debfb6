package dev.autocaption.bot.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class NetworkFailureTest {
    @Test
    void theEndpointIsTheConfiguredHostAndPortOrThePlatformsOwn() {
        assertThat(NetworkFailure.endpoint(URI.create("http://127.0.0.1:8089/services/rest/"), "api.flickr.com"))
                .isEqualTo("127.0.0.1:8089");
        assertThat(NetworkFailure.endpoint(URI.create("http://proxy.local/"), "x")).isEqualTo("proxy.local:80");
        assertThat(NetworkFailure.endpoint(null, "graph.facebook.com")).isEqualTo("graph.facebook.com:443");
    }

    @Test
    void theDescriptionNamesTheRootCause() {
        IOException wrapped = new IOException("request failed", new ConnectException("Connection refused"));

        assertThat(NetworkFailure.describe("api.flickr.com:443", wrapped))
                .isEqualTo("cannot reach api.flickr.com:443 (ConnectException: Connection refused)");
    }
}
