package dev.autocaption.bot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.autocaption.store.Account;
import dev.autocaption.store.AccountStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /accounts}; {@code /health} (liveness: the process answers), {@code /ready} (the model is loaded, the
 * store answers, the daemon is not stopping; lists paused accounts, which do not make it unready: the others still
 * work) and {@code /metrics} (Prometheus text).
 */
final class StatusRoutes {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

    private final Site site;

    StatusRoutes(Site site) {
        this.site = site;
    }

    void register(Router router) {
        router.get("/accounts", exchange -> exchange.html(200, AccountsView.render(site.accounts().get(),
                site.clock().instant(), site.clock().getZone())));
        router.get("/health", exchange -> exchange.text(200, "ok\n"));
        router.get("/ready", this::ready);
        router.get("/metrics", exchange -> exchange.send(200, PROMETHEUS,
                site.metrics().get().getBytes(StandardCharsets.UTF_8)));
    }

    private void ready(Exchange exchange) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        boolean stopping = site.stopping().getAsBoolean();
        String database = "open";
        List<Map<String, String>> paused = new ArrayList<>();
        try {
            for (Account account : site.database().inTransaction(tx -> tx.accounts().list())) {
                if (account.status() == AccountStatus.PAUSED) {
                    Map<String, String> entry = new LinkedHashMap<>();
                    entry.put("account", account.id());
                    entry.put("reason", account.statusReason());
                    paused.add(entry);
                }
            }
        } catch (RuntimeException e) {
            database = "not answering: " + e.getMessage();
        }
        boolean ready = !stopping && database.equals("open");
        report.put("ready", ready);
        report.put("model", "loaded: " + site.model());
        report.put("database", database);
        report.put("stopping", stopping);
        report.put("paused_accounts", paused);
        exchange.send(ready ? 200 : 503, "application/json; charset=utf-8", json(report));
    }

    private static byte[] json(Object value) {
        try {
            return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the readiness report could not be written as JSON", e);
        }
    }
}
