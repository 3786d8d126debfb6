package dev.autocaption.bot.connector.facebook;

import com.restfb.DefaultWebRequestor;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;

/**
 * RestFB's HTTP transport with our timeouts (RestFB defaults to a 180 s read timeout and no connect timeout),
 * and, when the Graph endpoint is a plain-http local server, undoing RestFB's rewrite of paging URLs to https
 * ({@code Connection.fixProtocol}) for that host only.
 */
final class GraphRequestor extends DefaultWebRequestor {

    private final int connectTimeoutMs;
    private final int readTimeoutMs;
    private final String plainHttpAuthority;

    GraphRequestor(Duration connectTimeout, Duration readTimeout, URI graphEndpoint) {
        this.connectTimeoutMs = (int) connectTimeout.toMillis();
        this.readTimeoutMs = (int) readTimeout.toMillis();
        boolean plain = graphEndpoint != null && "http".equals(graphEndpoint.getScheme());
        this.plainHttpAuthority = plain ? graphEndpoint.getRawAuthority() : null;
    }

    @Override
    protected HttpURLConnection openConnection(URL url) throws IOException {
        if (plainHttpAuthority != null && "https".equals(url.getProtocol())
                && plainHttpAuthority.equals(url.getAuthority())) {
            return super.openConnection(new URL("http", url.getHost(), url.getPort(), url.getFile()));
        }
        return super.openConnection(url);
    }

    @Override
    protected void customizeConnection(HttpURLConnection connection) {
        connection.setConnectTimeout(connectTimeoutMs);
        connection.setReadTimeout(readTimeoutMs);
    }
}
