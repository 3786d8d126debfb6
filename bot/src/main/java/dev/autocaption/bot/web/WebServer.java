package dev.autocaption.bot.web;

import com.sun.net.httpserver.HttpServer;
import dev.autocaption.config.WebConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review page's server: the JDK's {@link HttpServer} on {@code web.bind:web.port} with four worker threads,
 * every route behind {@link Access}. Logs one line at start: where it serves, and whether a token is required.
 * {@link #close()} stops taking requests and waits a second for those in flight.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService workers;
    private final URI uri;

    private WebServer(HttpServer server, ExecutorService workers, URI uri) {
        this.server = server;
        this.workers = workers;
        this.uri = uri;
    }

    /**
     * Binds and starts serving.
     *
     * @throws UncheckedIOException when the address cannot be bound (naming it)
     */
    public static WebServer start(WebConfig web, Site site) {
        Access access = new Access(web);
        Notices notices = new Notices();
        Router router = new Router(access);
        new LoginRoutes(access).register(router);
        new QueueRoutes(site, access, notices).register(router);
        new HistoryRoutes(site, access, notices).register(router);
        new StatusRoutes(site).register(router);
        new FileRoutes(site.thumbnails()).register(router);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(web.bind(), web.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the review page on " + web.bind() + ":" + web.port()
                    + " (web.bind, web.port): " + e.getMessage(), e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "autocaption-web");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", router);
        server.start();
        int port = server.getAddress().getPort();
        access.boundTo(port);
        String host = web.bind().equalsIgnoreCase("localhost") ? "127.0.0.1" : web.bind().contains(":")
                && !web.bind().startsWith("[") ? "[" + web.bind() + "]" : web.bind();
        URI uri = URI.create("http://" + host + ":" + port + "/");
        LOG.info("review page at {} ({})", uri, access.tokenRequired() ? "bound to " + web.bind()
                + "; the access token web.token is required" : "loopback only, no token required");
        return new WebServer(server, workers, uri);
    }

    /** The page's address ({@code http://127.0.0.1:8080/}). */
    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
