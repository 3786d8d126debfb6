package dev.autocaption.bot.hostile;

import static dev.autocaption.bot.hostile.ApiBodies.epoch;
import static dev.autocaption.bot.hostile.ApiBodies.flickrEntry;
import static dev.autocaption.bot.hostile.ApiBodies.flickrPage;
import static dev.autocaption.bot.hostile.ApiBodies.graphEntry;
import static dev.autocaption.bot.hostile.ApiBodies.graphPage;
import static dev.autocaption.bot.hostile.ApiBodies.graphTime;

import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.FaultScript;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hostile API answers and data, per platform: listing bodies that are malformed, cut off, HTML or the wrong
 * format; statuses and error codes on the listing and on writes (429 with Retry-After, 5xx storms, a token that
 * expires mid-run, a missing write permission); entries without id, url or date, duplicate ids across pages, a
 * paging loop; and photos whose text is huge, full of control characters, RTL marks or markup, or whose date is
 * before 1970 or in the year 3000. Each input sets up its scene; the test runs the daemon through it.
 */
final class HostileApi {
    /** One API input. */
    record Case(String family, String name, boolean flickr, Consumer<ApiScene> setup) {
    }

    private static final Set<Expected> POSTED = EnumSet.of(Expected.POSTED);
    private static final Set<Expected> SKIPPED = EnumSet.of(Expected.SKIPPED);
    private static final String[] HOSTILE_TEXTS = {"<script>alert('x')</script>", "\u202Egnp.exe", "\u200F\u200E",
            "\u2066isolated\u2069", "\u200B", "\u00A0", "\u3000", "\uFEFF", "emoji \uD83D\uDE00", "\uD800 lone",
            "]]>", "&amp;&lt;", "\u2028line\u2029", "\u0085next", "tab\tinside", "a\r\nb", "\"'`", "%s%n%d",
            "${jndi:ldap://127.0.0.1/x}", "' OR 1=1 --", "\\u0000", "\u0000nul", "\u0001\u0002\u0003", "\u001B[31mred",
            "\u007F", "\u0008backspace", "ä\u0308 combining", "\uFFFD replacement", "Ω≈ç√", "日本語のテキスト"};

    private final List<Case> cases = new ArrayList<>();

    static List<Case> all(int scale) {
        HostileApi api = new HostileApi();
        for (boolean flickr : new boolean[] {true, false}) {
            api.texts(flickr);
            api.dates(flickr);
            api.statuses(flickr);
            api.errors(flickr);
            api.bodies(flickr, scale);
            api.entries(flickr);
            api.paging(flickr);
            api.writes(flickr);
        }
        return List.copyOf(api.cases);
    }

    private void add(boolean flickr, String family, String name, Consumer<ApiScene> setup) {
        cases.add(new Case(family, (flickr ? "flickr/" : "facebook/") + family + "/" + name, flickr, setup));
    }

    private void texts(boolean flickr) {
        for (int i = 0; i < HOSTILE_TEXTS.length; i++) {
            String text = HOSTILE_TEXTS[i];
            boolean blank = text.isBlank() || text.chars().allMatch(c -> c < 0x20 && c != '\u001B' || c == 0x7F);
            add(flickr, "text", "text-" + i, scene -> {
                scene.photo("", text, scene.now().minusSeconds(60), blank ? EnumSet.of(Expected.POSTED, Expected.SKIPPED)
                        : SKIPPED);
                scene.normal();
            });
            if (flickr) {
                add(true, "title", "title-" + i, scene -> scene.photo(text, "", scene.now().minusSeconds(60), POSTED));
            }
        }
        for (int length : new int[] {4_001, 65_535, 65_536, 1_000_000, 10 * 1024 * 1024}) {
            add(flickr, "long-text", length + "-characters", scene -> {
                scene.photo("", "x".repeat(length), scene.now().minusSeconds(60), SKIPPED);
                scene.normal();
            });
        }
        if (flickr) {
            for (int length : new int[] {4_000, 4_001, 65_536, 10 * 1024 * 1024}) {
                add(true, "long-title", length + "-characters",
                        scene -> scene.photo("t".repeat(length), "", scene.now().minusSeconds(60),
                                EnumSet.of(Expected.POSTED, Expected.SKIPPED)));
            }
        }
    }

    private void dates(boolean flickr) {
        String[] dates = {"1969-07-20T20:17:40Z", "1900-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
                "3000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"};
        for (String date : dates) {
            Instant uploaded = Instant.parse(date);
            boolean past = uploaded.getEpochSecond() <= 0;
            add(flickr, "date", date, scene -> {
                scene.photo("", "", uploaded, past ? EnumSet.of(Expected.POSTED, Expected.NOT_DISCOVERED) : POSTED);
                scene.normal();
            });
        }
    }

    private void statuses(boolean flickr) {
        String[] retryAfter = {null, "0", "30", "3600", "Wed, 21 Oct 2026 07:28:00 GMT", "never"};
        for (String value : retryAfter) {
            add(flickr, "status", "429-retry-after-" + value, scene -> {
                scene.normal();
                scene.onListing(1, new Fault.HttpStatus(429, value));
            });
        }
        for (int status : new int[] {500, 502, 503, 504, 400, 401, 403, 404}) {
            add(flickr, "status", Integer.toString(status), scene -> {
                scene.normal();
                scene.onListing(1, new Fault.HttpStatus(status, null));
            });
        }
        for (int storm : new int[] {3, 7}) {
            add(flickr, "storm", storm + "-cycles-of-5xx", scene -> {
                scene.normal();
                scene.onListing(storm, new Fault.HttpStatus(500 + storm % 4, null));
            });
        }
        for (int keep : new int[] {0, 20, 200}) {
            add(flickr, "dropped", "listing-after-" + keep + "-bytes", scene -> {
                scene.normal();
                scene.onListing(1, new Fault.Truncate(keep));
            });
        }
    }

    private void errors(boolean flickr) {
        if (flickr) {
            for (int code : new int[] {1, 2, 95, 96, 97, 98, 99, 100, 105, 106, 111, 112, 114, 115, 116, 9999}) {
                add(true, "error", "code-" + code, scene -> {
                    scene.normal();
                    scene.onListing(1, new Fault.FlickrError(code, "simulated error " + code));
                });
            }
            return;
        }
        int[][] graph = {{1, 0}, {2, 0}, {4, 0}, {17, 0}, {32, 0}, {341, 0}, {613, 0}, {80001, 0}, {190, 458},
                {190, 460}, {190, 463}, {190, 467}, {190, 0}, {200, 0}, {10, 0}, {102, 0}, {368, 0}, {100, 33}, {803, 0}};
        for (int[] error : graph) {
            add(false, "error", "code-" + error[0] + (error[1] == 0 ? "" : "-" + error[1]), scene -> {
                scene.normal();
                scene.onListing(1, new Fault.GraphError(400, error[0] == 190 ? "OAuthException" : "GraphMethodException",
                        error[0], error[1] == 0 ? null : error[1], "simulated error " + error[0], false));
            });
        }
    }

    private void bodies(boolean flickr, int scale) {
        String type = flickr ? "text/xml; charset=utf-8" : "application/json; charset=UTF-8";
        String[] texts = {"", "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", flickr ? "{\"photos\":[]}"
                : "<rsp stat=\"ok\"></rsp>", "null", "[]", "<rsp", "{", "\uFEFF", "<?xml version=\"1.0\"?><foo/>",
                "<rsp stat=\"ok\"/>", "<rsp stat=\"fail\"></rsp>", "{\"data\":\"nope\"}", "{\"data\":[{\"id\":{}}]}",
                "{\"error\":{}}", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;"
                + "&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;"
                + "&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]><rsp stat=\"ok\">&e;&e;&e;</rsp>",
                "[".repeat(100_000), "{\"data\":[" + "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000) + "]}"};
        for (int i = 0; i < texts.length; i++) {
            String body = texts[i];
            add(flickr, "body", "text-" + i, scene -> {
                scene.normal();
                scene.onListing(1, Fault.Malformed.text(type, body));
            });
        }
        byte[][] raw = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF, (byte) 0xFE, 0, 0}, {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {0x01, 0x1B, 0x7F}};
        for (int i = 0; i < raw.length; i++) {
            byte[] bad = raw[i];
            add(flickr, "body", "invalid-utf8-" + i, scene -> {
                String id = scene.photo("", "", scene.now().minusSeconds(60), EnumSet.of(Expected.POSTED,
                        Expected.SKIPPED));
                byte[] body = flickr ? utf8Around(flickrPage(1, 1, flickrEntry(id, epoch(scene.now().minusSeconds(60)),
                        scene.imageUrl(id), "BAD")), bad) : utf8Around(graphPage(null, "QUZURVI=", graphEntry(id,
                        graphTime(scene.now().minusSeconds(60)), scene.imageUrl(id), null).replace("\"alt_text_custom"
                        + "\":\"\"", "\"name\":\"BAD\"")), bad);
                scene.onListing(1, new Fault.Malformed(type, body));
            });
        }
        for (int i = 0; i < 12 * scale; i++) {
            int cut = i;
            add(flickr, "cut-body", "cut-" + i + "-of-" + 12 * scale, scene -> {
                String id = scene.normal();
                String whole = flickr ? flickrPage(1, 1, flickrEntry(id, epoch(scene.now().minusSeconds(60)),
                        scene.imageUrl(id), "")) : graphPage(null, "QUZURVI=", graphEntry(id,
                        graphTime(scene.now().minusSeconds(60)), scene.imageUrl(id), null));
                scene.onListing(1, Fault.Malformed.text(type, whole.substring(0, whole.length() * cut / (12 * scale))));
            });
        }
    }

    private static byte[] utf8Around(String body, byte[] bad) {
        int at = body.indexOf("BAD");
        byte[] before = body.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = body.substring(at + 3).getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(before, before.length + bad.length + after.length);
        System.arraycopy(bad, 0, out, before.length, bad.length);
        System.arraycopy(after, 0, out, before.length + bad.length, after.length);
        return out;
    }

    private void entries(boolean flickr) {
        String[] broken = {"without-id", "without-date", "without-url", "bad-date", "unknown-photo", "empty-id"};
        for (String kind : broken) {
            add(flickr, "entry", kind, scene -> {
                String good = scene.normal();
                String other = scene.hiddenPhoto();
                scene.onListing(1, page(scene, kind, good, other));
            });
        }
    }

    private static Fault page(ApiScene scene, String kind, String good, String other) {
        Instant at = scene.now().minusSeconds(60);
        String id = switch (kind) {
            case "without-id" -> null;
            case "unknown-photo" -> "999999";
            case "empty-id" -> "";
            default -> other;
        };
        String url = kind.equals("without-url") ? null : scene.imageUrl(other);
        if (scene.flickr) {
            String date = kind.equals("without-date") ? null : kind.equals("bad-date") ? "yesterday" : epoch(at);
            return Fault.Malformed.text("text/xml; charset=utf-8", flickrPage(1, 1, flickrEntry(id, date, url, ""),
                    flickrEntry(good, epoch(at), scene.imageUrl(good), "")));
        }
        String date = kind.equals("without-date") ? null : kind.equals("bad-date") ? "yesterday" : graphTime(at);
        return Fault.Malformed.text("application/json; charset=UTF-8", graphPage(null, "QUZURVI=",
                graphEntry(id, date, url, null), graphEntry(good, graphTime(at), scene.imageUrl(good),
                        scene.world.sims.graph.photo(good).storyId())));
    }

    private void paging(boolean flickr) {
        add(flickr, "paging", "duplicate-ids-across-pages", scene -> {
            String a = scene.normal();
            String b = scene.normal();
            String c = scene.normal();
            Instant at = scene.now().minusSeconds(60);
            if (scene.flickr) {
                String type = "text/xml; charset=utf-8";
                scene.onListing(1, Fault.Malformed.text(type, flickrPage(1, 2, entry(scene, a, at), entry(scene, b, at))));
                scene.onListing(1, Fault.Malformed.text(type, flickrPage(2, 2, entry(scene, b, at), entry(scene, c, at))));
            } else {
                String next = scene.world.sims.graph.baseUri() + "/v22.0/" + scene.world.sims.graph.pageId()
                        + "/photos?after=UEFHRTI=";
                String type = "application/json; charset=UTF-8";
                scene.onListing(1, Fault.Malformed.text(type, graphPage(next, "UEFHRTI=", graph(scene, c, at),
                        graph(scene, b, at))));
                scene.onListing(1, Fault.Malformed.text(type, graphPage(null, "UEFHRTM=", graph(scene, b, at),
                        graph(scene, a, at))));
            }
        });
        add(flickr, "paging", "loop", scene -> {
            String a = scene.normal();
            Instant at = scene.now().minusSeconds(60);
            if (scene.flickr) {
                scene.onListing(60, Fault.Malformed.text("text/xml; charset=utf-8", flickrPage(1, 999,
                        entry(scene, a, at))));
            } else {
                String next = scene.world.sims.graph.baseUri() + "/v22.0/" + scene.world.sims.graph.pageId()
                        + "/photos?after=TE9PUA==";
                scene.onListing(60, Fault.Malformed.text("application/json; charset=UTF-8", graphPage(next, "TE9PUA==",
                        graph(scene, a, at))));
            }
        });
    }

    private static String entry(ApiScene scene, String id, Instant at) {
        return flickrEntry(id, epoch(at), scene.imageUrl(id), "");
    }

    private static String graph(ApiScene scene, String id, Instant at) {
        return graphEntry(id, graphTime(at), scene.imageUrl(id), scene.world.sims.graph.photo(id).storyId());
    }

    private void writes(boolean flickr) {
        String refresh = flickr ? "flickr.photos.getInfo" : "photo.get";
        String write = flickr ? "flickr.photos.setMeta" : "post.update";
        Fault expired = flickr ? new Fault.FlickrError(98, "Invalid auth token")
                : new Fault.GraphError(400, "OAuthException", 190, 463, "Error validating access token: Session has "
                        + "expired", false);
        Fault noWrite = flickr ? new Fault.FlickrError(99, "Insufficient permissions. Method requires write privileges")
                : new Fault.GraphError(403, "OAuthException", 200, null, "(#200) Requires pages_manage_posts", false);
        add(flickr, "token", "expires-before-the-write", scene -> {
            scene.normal();
            scene.faults().once(refresh, expired);
        });
        add(flickr, "token", "expires-at-the-write", scene -> {
            scene.normal();
            scene.faults().once(write, expired);
        });
        add(flickr, "permission", "write-missing", scene -> {
            scene.normal();
            scene.faults().once(write, noWrite);
        });
        for (int status : new int[] {429, 500, 503}) {
            add(flickr, "write-status", Integer.toString(status), scene -> {
                scene.normal();
                scene.faults().once(write, new Fault.HttpStatus(status, "60"));
            });
        }
        add(flickr, "write-refused", "for-one-photo", scene -> {
            String refused = scene.photo("", "", scene.now().minusSeconds(60), EnumSet.of(Expected.FAILED));
            scene.normal();
            String subject = flickr ? refused : scene.world.sims.graph.photo(refused).storyId();
            scene.faults().always(FaultScript.subject(write, subject), flickr ? new Fault.FlickrError(1, "Photo not found")
                    : new Fault.GraphError(400, "GraphMethodException", 100, 33, "Unsupported post request", false));
        });
    }
}
