package dev.autocaption.bot.web;

import dev.autocaption.bot.thumbnail.Thumbnails;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** {@code /thumbnails/<photo id>.jpg} from the thumbnail directory, and the page's own CSS and JavaScript. */
final class FileRoutes {
    private static final Map<String, String> ASSETS = Map.of("app.css", "text/css; charset=utf-8", "app.js",
            "text/javascript; charset=utf-8");

    private final Thumbnails thumbnails;

    FileRoutes(Thumbnails thumbnails) {
        this.thumbnails = thumbnails;
    }

    void register(Router router) {
        router.getUnder("/thumbnails/", this::thumbnail);
        ASSETS.forEach((name, type) -> {
            byte[] body = asset(name);
            router.get("/assets/" + name, exchange -> {
                exchange.setHeader("Cache-Control", "max-age=300");
                exchange.send(200, type, body);
            });
        });
    }

    private void thumbnail(Exchange exchange) throws IOException {
        String name = exchange.path().substring("/thumbnails/".length());
        if (!name.matches("[1-9][0-9]{0,18}\\.jpg")) {
            throw new BadRequest(404, "no thumbnail " + name + " (thumbnails are <photo id>.jpg)");
        }
        long id = Long.parseLong(name.substring(0, name.length() - 4));
        Optional<byte[]> jpeg = thumbnails == null ? Optional.empty() : thumbnails.read(id);
        if (jpeg.isEmpty()) {
            throw new BadRequest(404, "no thumbnail for photo " + id);
        }
        exchange.setHeader("Cache-Control", "private, max-age=86400");
        exchange.send(200, "image/jpeg", jpeg.get());
    }

    private static byte[] asset(String name) {
        try (InputStream in = FileRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the page's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the page's " + name + " failed", e);
        }
    }
}
