package dev.autocaption.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side shared by the simulators: a JDK {@link HttpServer} bound to 127.0.0.1 on an ephemeral port that
 * parses each request, records it (secrets masked), applies scripted {@link Fault}s and otherwise lets the
 * simulator answer. Closing it stops the server and its threads.
 */
public final class LoopbackServer implements AutoCloseable {

    /** Names each request (the key faults and the log use) and answers it. */
    public interface Handler {
        String operation(SimRequest request);

        SimResponse handle(SimRequest request);

        /** What the call is about, for faults aimed at one subject ({@link FaultScript#subject}); null for none. */
        default String subject(SimRequest request) {
            return null;
        }

        /** Headers every response carries, faults included (e.g. Graph usage headers). */
        default Map<String, String> commonHeaders(SimRequest request) {
            return Map.of();
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Handler handler;
    private final FaultScript faults = new FaultScript();
    private final List<RecordedRequest> log = new CopyOnWriteArrayList<>();

    private LoopbackServer(HttpServer server, ExecutorService executor, Handler handler) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
    }

    /** Starts a server on 127.0.0.1 with an ephemeral port. */
    public static LoopbackServer start(String name, Handler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, name + "-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            LoopbackServer loopback = new LoopbackServer(server, executor, handler);
            server.createContext("/", loopback::exchange);
            server.setExecutor(executor);
            server.start();
            return loopback;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + name + " simulator on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public FaultScript faults() {
        return faults;
    }

    /** Every request received so far, in order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(log);
    }

    /** The requests of one operation (the simulator's operation key), in order. */
    public List<RecordedRequest> requests(String operation) {
        return requests().stream().filter(r -> r.operation().equals(operation)).toList();
    }

    public void clearRequests() {
        log.clear();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            SimRequest request = parse(exchange);
            String operation = handler.operation(request);
            Optional<Fault> fault = faults.next(operation, handler.subject(request));
            Optional<SimResponse> replaced = fault.flatMap(f -> replacement(f, request));
            log.add(RecordedRequest.of(operation, request, replaced.isPresent()));
            SimResponse response = replaced.orElseGet(() -> answer(fault, request))
                    .withHeaders(handler.commonHeaders(request));
            send(exchange, response, fault);
        }
    }

    private SimResponse answer(Optional<Fault> fault, SimRequest request) {
        if (fault.isPresent() && fault.get() instanceof Fault.Delay delay) {
            pause(delay.delay());
        }
        SimResponse response = handler.handle(request);
        if (fault.isPresent() && fault.get() instanceof Fault.SlowReply slow) {
            pause(slow.delay());
        }
        return response;
    }

    private static void pause(java.time.Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<SimResponse> replacement(Fault fault, SimRequest request) {
        if (fault instanceof Fault.Redirect redirect) {
            return Optional.of(redirect.toResponse(request.path()));
        }
        if (fault instanceof Fault.HttpStatus status) {
            return Optional.of(status.toResponse());
        }
        if (fault instanceof Fault.FlickrError error) {
            return Optional.of(error.toResponse());
        }
        if (fault instanceof Fault.GraphError error) {
            return Optional.of(error.toResponse());
        }
        if (fault instanceof Fault.Malformed malformed) {
            return Optional.of(malformed.toResponse());
        }
        return Optional.empty();
    }

    private static void send(HttpExchange exchange, SimResponse response, Optional<Fault> fault)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length == 0) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (fault.isPresent() && fault.get() instanceof Fault.Truncate truncate) {
            out.write(body, 0, Math.min(truncate.keepBytes(), body.length));
            out.flush();
            throw new IOException("simulated truncation after " + truncate.keepBytes() + " bytes");
        }
        if (fault.isPresent() && fault.get() instanceof Fault.Stall stall) {
            out.write(body, 0, Math.min(stall.keepBytes(), body.length));
            out.flush();
            pause(stall.stall());
            throw new IOException("simulated stall after " + stall.keepBytes() + " bytes");
        }
        out.write(body);
    }

    private static SimRequest parse(HttpExchange exchange) throws IOException {
        Map<String, String> params = new HashMap<>();
        URI uri = exchange.getRequestURI();
        addForm(uri.getRawQuery(), params);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
                addForm(body, params);
            }
        }
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return new SimRequest(exchange.getRequestMethod(), uri.getRawPath(), params, headers);
    }

    /** Parses {@code a=1&b=2} (URL-encoded) into the map; the first value of a name wins. */
    public static void addForm(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            into.putIfAbsent(name, value);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
