package dev.autocaption.bot.cli;

import dev.autocaption.bot.DaemonLock;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.WebConfig;
import dev.autocaption.store.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code autocaption health}: the container health check. With {@code web.enabled} it asks the page's
 * {@code /health} (on loopback when the page is bound to every address); without, it reads the daemon lock's
 * heartbeat in the store. Exit 0 when the daemon is alive, 1 when not, with one line saying which.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Check that the daemon is alive (for HEALTHCHECK): its /health answers when web.enabled, "
                + "else its heartbeat in the store is fresh.", "Exit 0 when alive, 1 when not."})
final class HealthCommand implements Callable<Integer> {
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final CliContext context;
    private final GlobalOptions globals;

    HealthCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        String line;
        boolean alive;
        if (config.web().enabled()) {
            URI uri = healthUri(config.web());
            String problem = probe(uri);
            alive = problem == null;
            line = alive ? "alive: " + uri + " answered ok" : "not alive: " + problem;
        } else {
            try (Database database = StoreSupport.open(context.tools(config))) {
                Instant now = context.clock().instant();
                Optional<DaemonLock.Holder> holder = DaemonLock.holder(database);
                alive = holder.isPresent() && !holder.get().dead(now);
                line = (alive ? "alive: daemon " : "not alive: ") + holder.map(h -> h.describe(now))
                        .orElse("no daemon holds the store") + " (web.enabled is false, so the heartbeat was read)";
            }
        }
        context.out().println(line);
        context.out().flush();
        return alive ? ExitCode.OK : ExitCode.PARTIAL_FAILURE;
    }

    /** The page's /health: on loopback for a wildcard bind (0.0.0.0, ::), else on the bound address. */
    static URI healthUri(WebConfig web) {
        String bind = web.bind().strip();
        boolean wildcard = bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]");
        String host = wildcard || WebConfig.isLoopback(bind) ? "127.0.0.1"
                : bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
        return URI.create("http://" + host + ":" + web.port() + "/health");
    }

    /** Null when {@code uri} answers 200; else what happened. */
    private static String probe(URI uri) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? null : uri + " answered HTTP " + response.statusCode();
        } catch (IOException e) {
            return "nothing answers at " + uri + " (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while asking " + uri;
        }
    }
}
