package dev.autocaption.bot.web;

import dev.autocaption.bot.pipeline.Rollback;
import dev.autocaption.store.HistoryEntry;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PostSelection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code GET /history} (filtered), {@code /history.csv} and {@code /history.json} (the same filter, in the columns
 * of {@code autocaption history --format csv|json}), and the rollback of one photo: {@code GET
 * /history/rollback?photo=KEY} shows what would be restored (a dry run of {@link Rollback}), {@code POST} with
 * {@code confirm=yes} undoes it.
 */
final class HistoryRoutes {
    private final Site site;
    private final Access access;
    private final Notices notices;

    HistoryRoutes(Site site, Access access, Notices notices) {
        this.site = site;
        this.access = access;
        this.notices = notices;
    }

    void register(Router router) {
        router.get("/history", this::show);
        router.get("/history.csv", exchange -> download(exchange, "text/csv; charset=utf-8", "csv",
                site.downloads()::csv));
        router.get("/history.json", exchange -> download(exchange, "application/json; charset=utf-8", "json",
                site.downloads()::json));
        router.get("/history/rollback", this::confirm);
        router.post("/history/rollback", this::rollback);
    }

    private void show(Exchange exchange) throws IOException {
        HistoryFilter filter = HistoryFilter.of(exchange);
        exchange.html(200, new HistoryView(site.thumbnails()).render(entries(filter), filter, site.clock().instant(),
                site.clock().getZone(), notices.get(exchange.query("notice"))));
    }

    private void download(Exchange exchange, String type, String extension,
                          BiConsumer<List<HistoryEntry>, PrintWriter> format) throws IOException {
        List<HistoryEntry> entries = entries(HistoryFilter.of(exchange));
        StringWriter body = new StringWriter();
        try (PrintWriter out = new PrintWriter(body)) {
            format.accept(entries, out);
        }
        exchange.setHeader("Content-Disposition", "attachment; filename=\"autocaption-history." + extension + "\"");
        exchange.send(200, type, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<HistoryEntry> entries(HistoryFilter filter) {
        return site.database().inTransaction(tx -> tx.history().find(filter.query(site.clock())));
    }

    private void confirm(Exchange exchange) throws IOException {
        Photo photo = photo(exchange.query("photo"));
        List<Rollback.Item> plan = site.rollback().run(PostSelection.ofPhoto(photo.id()), true);
        exchange.html(200, RollbackView.confirm(photo.key(), plan, access.csrf()));
    }

    private void rollback(Exchange exchange) throws IOException {
        Photo photo = photo(exchange.form("photo"));
        if (!"yes".equals(exchange.form("confirm"))) {
            throw new BadRequest(400, "confirm: the rollback of " + photo.key() + " was not confirmed");
        }
        List<String> lines = new ArrayList<>();
        boolean trouble = false;
        for (Rollback.Item item : site.rollback().run(PostSelection.ofPhoto(photo.id()), false)) {
            trouble |= item.problem() != null;
            lines.add(item.problem() != null ? item.photoKey() + ": NOT rolled back: " + item.problem()
                    : item.photoKey() + ": restored \"" + item.restoredText() + "\" (was \"" + item.writtenText()
                    + "\")");
        }
        if (lines.isEmpty()) {
            lines.add(photo.key() + ": nothing to roll back (already undone?)");
        }
        exchange.redirect("/history?notice=" + notices.add(lines, trouble));
    }

    private Photo photo(String key) {
        int slash = key == null ? -1 : key.indexOf('/');
        if (slash <= 0) {
            throw new BadRequest(400, "photo: must be <account>/<photo id>, was " + key);
        }
        return site.database().inTransaction(tx -> tx.photos().find(key.substring(0, slash), key.substring(slash
                + 1))).orElseThrow(() -> new BadRequest(404, "photo: no photo " + key + " in the store"));
    }
}
