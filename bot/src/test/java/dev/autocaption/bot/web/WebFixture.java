package dev.autocaption.bot.web;

import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.approval.ApprovalWorkflow;
import dev.autocaption.bot.approval.ApprovalsInbox;
import dev.autocaption.bot.connector.Headroom;
import dev.autocaption.bot.metrics.BotMetrics;
import dev.autocaption.bot.pipeline.Captioning;
import dev.autocaption.bot.pipeline.PipelineListener;
import dev.autocaption.bot.pipeline.Rollback;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.bot.schedule.PollCycle;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.bot.thumbnail.Thumbnails;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.RetryConfig;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.config.WebConfig;
import dev.autocaption.config.WriteMode;
import dev.autocaption.store.Account;
import dev.autocaption.store.Database;
import dev.autocaption.store.HistoryEntry;
import dev.autocaption.store.Photo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The review page on a real store: a Flickr simulator, a fresh in-memory H2 with the real migrations, the real
 * pipeline with a fake captioner (scores 0.5 queue a photo in hybrid review, 0.9 post it), thumbnails in a
 * temporary directory, and the page on a free loopback port, reached with the JDK's HTTP client.
 */
final class WebFixture implements AutoCloseable {
    static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SEEN = Pattern.compile("name=\"seen\" value=\"([^\"]+)\"");

    final SimulatedAccounts sims;
    final Database database;
    final FakeCaptioner captioner = new FakeCaptioner().defaultScore(0.5);
    final Thumbnails thumbnails;
    final WatchedAccount flickr;
    final BotMetrics metrics = BotMetrics.create(PipelineListener.NONE);
    final List<String> runSoon = new CopyOnWriteArrayList<>();
    final AtomicBoolean stopping = new AtomicBoolean();
    final WebServer server;
    private final PollCycle cycle;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    WebFixture(Path dir) {
        this(dir, new WebConfig("127.0.0.1", 0, true, null, null));
    }

    WebFixture(Path dir, WebConfig web) {
        sims = new SimulatedAccounts(dir);
        database = Database.open(new StoreConfig("jdbc:h2:mem:" + UUID.randomUUID()), sims.clock);
        thumbnails = Thumbnails.open(dir.resolve("thumbnails"), 100_000_000L);
        flickr = sims.watch(sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
        database.useTransaction(tx -> tx.accounts().upsert(flickr.id(), flickr.config().type()));
        cycle = new PollCycle(database, new Captioning(captioner, 4, RetryConfig.defaults(), thumbnails),
                new ApprovalsInbox(database, this::config), metrics.listener(), false, () -> false);
        server = WebServer.start(web, site());
    }

    private Site site() {
        Site.Downloads downloads = new Site.Downloads() {
            @Override
            public void csv(List<HistoryEntry> entries, PrintWriter out) {
                out.print("photo,state\r\n" + entries.stream().map(e -> e.key() + "," + e.state().code() + "\r\n")
                        .collect(Collectors.joining()));
            }

            @Override
            public void json(List<HistoryEntry> entries, PrintWriter out) {
                out.print(entries.stream().map(e -> "\"" + e.key() + "\"").collect(Collectors.joining(",", "[",
                        "]")));
            }
        };
        return new Site(database, new ApprovalWorkflow(database, this::config), new Rollback(database,
                id -> id.equals(flickr.id()) ? flickr.source() : null), thumbnails, this::accounts, downloads,
                metrics::scrape, FakeCaptioner.MODEL_ID + " (show-and-tell)", stopping::get, runSoon::add,
                sims.clock);
    }

    private dev.autocaption.config.AccountConfig config(String id) {
        return id.equals(flickr.id()) ? flickr.config() : null;
    }

    private List<AccountSummary> accounts() {
        Account account = database.inTransaction(tx -> tx.accounts().find(flickr.id())).orElseThrow();
        return List.of(new AccountSummary(account.id(), "flickr", account.status().code(), account.statusReason(),
                account.lastPollAt(), "succeeded", null, queued().size(), 0, new Headroom(0.75,
                "2700 of 3600 calls per hour left on this API key")));
    }

    /** Adds a photo (its picture {@code width} pixels wide, which the fake captioner answers by) to Flickr. */
    String addPhoto(int width, String title) {
        return sims.flickr.addPhoto(FlickrPhotoSeed.of(title, UPLOADED.plusSeconds(width)).withSize(width, 240));
    }

    void runCycle() {
        cycle.run(flickr);
    }

    Photo photo(String remoteId) {
        return database.inTransaction(tx -> tx.photos().find(flickr.id(), remoteId)).orElseThrow();
    }

    List<Photo> queued() {
        return database.inTransaction(tx -> tx.photos().inState(flickr.id(),
                dev.autocaption.store.PhotoState.QUEUED, 100));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    HttpResponse<String> post(String path, String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(encode(namesAndValues[i])).append('=')
                    .append(encode(namesAndValues[i + 1]));
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page the browser lands on after a form: the redirect's target. */
    HttpResponse<String> follow(HttpResponse<String> redirect) {
        return get(redirect.headers().firstValue("Location").orElseThrow());
    }

    URI uri(String path) {
        return server.uri().resolve(path);
    }

    /** The CSRF token the page puts in its forms (the queue must hold a photo). */
    String csrf() {
        return first(CSRF, get("/queue").body());
    }

    /** What the queue page says it showed of a photo (its seen-state token). */
    String seen(String remoteId) {
        String page = get("/queue").body();
        int card = page.indexOf("data-key=\"" + flickr.id() + "/" + remoteId + "\"");
        return first(SEEN, page.substring(card));
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in the page: " + text);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        database.close();
        metrics.close();
        sims.close();
    }
}
