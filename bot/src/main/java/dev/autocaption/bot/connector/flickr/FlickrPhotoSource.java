package dev.autocaption.bot.connector.flickr;

import com.flickr4java.flickr.Flickr;
import com.flickr4java.flickr.REST;
import com.flickr4java.flickr.photos.Photo;
import com.flickr4java.flickr.photos.PhotoList;
import com.flickr4java.flickr.photos.PhotosInterface;
import com.flickr4java.flickr.photos.SearchParameters;
import dev.autocaption.bot.connector.CaptionWrite;
import dev.autocaption.bot.connector.CallBudget;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.Headroom;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.ImageFetcher;
import dev.autocaption.bot.connector.ImageSize;
import dev.autocaption.bot.connector.NetworkFailure;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.Credentials;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Flickr account through Flickr4Java 3.0.9: finds new uploads with {@code flickr.photos.search}, writes the
 * caption into the description with {@code setMeta} (passing the title back) and marks photos with machine
 * tags through {@code addTags} (never {@code setTags}, which would wipe the user's tags). Thread-safe.
 */
public final class FlickrPhotoSource implements PhotoSource {

    /** The extras we ask for: description, upload date, tags (machine tags included), media, sizes. */
    static final Set<String> EXTRAS = Set.of("description", "date_upload", "last_update", "tags", "machine_tags",
            "media", "original_format", "url_z", "url_c", "url_l", "url_h", "url_k", "url_o");

    private final AccountConfig account;
    private final Flickr flickr;
    private final FlickrCalls calls;
    private final FlickrPhotos photos;
    private final ImageFetcher images;
    private final FlickrSettings settings;

    /** For tests and the composition root: a ready Flickr client (e.g. a {@code REST} pointed at a simulator). */
    public FlickrPhotoSource(AccountConfig account, Flickr flickr, CallBudget budget, ImageFetcher images,
                             FlickrSettings settings) {
        this.account = Objects.requireNonNull(account, "account");
        this.flickr = Objects.requireNonNull(flickr, "flickr");
        Credentials credentials = FlickrTokenFile.withStoredToken(account);
        this.calls = new FlickrCalls(account.id(), credentials.get(FlickrPlatform.TOKEN), credentials.get(FlickrPlatform.TOKEN_SECRET), budget,
                NetworkFailure.endpoint(account.apiBaseUrl(), API_HOST));
        this.photos = new FlickrPhotos(account);
        this.images = Objects.requireNonNull(images, "images");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The photo's page on flickr.com (Flickr redirects this id-only address to the owner's page). */
    public static URI pageUrl(String remoteId) {
        return URI.create("https://www.flickr.com/photo.gne?id=" + URLEncoder.encode(remoteId, StandardCharsets.UTF_8));
    }

    /** The Flickr API host when the account sets no api-base-url. */
    static final String API_HOST = "api.flickr.com";

    /** The production wiring: Flickr4Java's REST transport at the account's api-base-url (default api.flickr.com). */
    public static FlickrPhotoSource create(AccountConfig account, ConnectorRuntime runtime, Connectors connectors) {
        Credentials credentials = account.credentials();
        if (credentials.get(FlickrPlatform.API_KEY) == null || credentials.get(FlickrPlatform.API_SECRET) == null) {
            throw new IllegalArgumentException("account " + account.id()
                    + ": flickr needs credentials.api-key and credentials.api-secret");
        }
        Flickr flickr = new Flickr(credentials.get(FlickrPlatform.API_KEY).reveal(), credentials.get(FlickrPlatform.API_SECRET).reveal(),
                transport(account.apiBaseUrl(), runtime));
        return new FlickrPhotoSource(account, flickr, connectors.budgetFor(credentials.get(FlickrPlatform.API_KEY)),
                ImageFetcher.create(runtime), FlickrSettings.defaults());
    }

    /**
     * Flickr4Java's REST ignores the port field for signed calls, so the port goes into the host string; port 0
     * keeps {@code getNonOAuth} from appending ":443" to an http URL.
     */
    public static REST transport(URI apiBaseUrl, ConnectorRuntime runtime) {
        REST rest;
        if (apiBaseUrl == null) {
            rest = new REST();
        } else {
            String host = apiBaseUrl.getHost() + (apiBaseUrl.getPort() > 0 ? ":" + apiBaseUrl.getPort() : "");
            rest = new REST(host);
            rest.setScheme(apiBaseUrl.getScheme());
            rest.setPort(0);
            String base = apiBaseUrl.getPath() == null ? "" : apiBaseUrl.getPath().replaceAll("/+$", "");
            rest.setPath(base + "/services/rest/");
        }
        rest.setConnectTimeoutMs((int) runtime.connectTimeout().toMillis());
        rest.setReadTimeoutMs((int) runtime.readTimeout().toMillis());
        return rest;
    }

    @Override
    public AccountConfig account() {
        return account;
    }

    @Override
    public PollResult poll(PollCursor cursor) throws ConnectorException {
        FlickrPoll poll = new FlickrPoll(cursor, settings.overlap(), photos, excludedIds());
        SearchParameters params = searchParameters(poll);
        for (int page = 1; ; page++) {
            if (page == 1) {
                calls.take(Operation.POLL, null);
            } else if (!calls.tryTake()) {
                return poll.result(true);
            }
            int current = page;
            PhotoList<Photo> list = calls.run(Operation.POLL, null,
                    () -> pi().search(params, settings.perPage(), current));
            for (Photo photo : list) {
                poll.accept(photo, this::sizeOf);
            }
            if (page >= list.getPages() || list.isEmpty()) {
                return poll.result(false);
            }
            if (page >= settings.maxPagesPerPoll()) {
                return poll.result(true);
            }
        }
    }

    private SearchParameters searchParameters(FlickrPoll poll) {
        SearchParameters params = new SearchParameters();
        params.setUserId("me");
        params.setSort(SearchParameters.DATE_POSTED_ASC);
        params.setExtras(EXTRAS);
        poll.minUploadDate().ifPresent(min -> params.setMinUploadDate(Date.from(min)));
        return params;
    }

    /** The size to download; falls back to {@code flickr.photos.getSizes} when the list carried no url_* extras. */
    private Optional<ImageSize> sizeOf(Photo photo) throws ConnectorException {
        Optional<ImageSize> listed = photos.chooseSize(photo.getSizes() == null ? List.of() : photo.getSizes());
        if (listed.isPresent()) {
            return listed;
        }
        return photos.chooseSize(calls.call(Operation.POLL, photo.getId(), () -> pi().getSizes(photo.getId())));
    }

    private Set<String> excludedIds() throws ConnectorException {
        Set<String> ids = new HashSet<>();
        for (String set : account.excludeAlbums()) {
            for (int page = 1, pages = 1; page <= pages; page++) {
                int current = page;
                PhotoList<Photo> list = calls.call(Operation.POLL, null,
                        () -> flickr.getPhotosetsInterface().getPhotos(set, 500, current));
                list.forEach(photo -> ids.add(photo.getId()));
                pages = list.getPages();
            }
        }
        return ids;
    }

    @Override
    public byte[] openImage(RemotePhoto photo) throws ConnectorException {
        return images.fetch(FlickrCalls.PLATFORM, photo);
    }

    @Override
    public RemotePhoto refresh(RemotePhoto photo) throws ConnectorException {
        Photo info = calls.call(Operation.REFRESH, photo.remoteId(), () -> pi().getInfo(photo.remoteId(), null));
        List<String> tags = FlickrPhotos.tags(info);
        return photo.withCurrent(FlickrPhotos.text(info.getTitle()), FlickrPhotos.text(info.getDescription()), tags,
                MarkerTags.contains(tags, MarkerTags.STATUS));
    }

    @Override
    public WriteReceipt write(RemotePhoto photo, CaptionWrite caption) throws ConnectorException {
        String text = caption.text();
        if (photo.markedProcessed()) {
            return WriteReceipt.unchanged(photo, WriteAction.ALREADY_DONE);
        }
        String previous = photo.existingText();
        String description = switch (account.write()) {
            case FILL_EMPTY -> photo.hasText() ? null : text;
            case APPEND -> photo.hasText() ? previous + "\n\n" + text : text;
            case REPLACE -> text;
            default -> throw new IllegalStateException("write mode " + account.write() + " is not for Flickr");
        };
        if (description == null) {
            return WriteReceipt.unchanged(photo, WriteAction.TEXT_PRESENT);
        }
        calls.call(Operation.WRITE, photo.remoteId(), () -> {
            pi().setMeta(photo.remoteId(), photo.title(), description);
            return null;
        });
        return new WriteReceipt(account.id(), photo.remoteId(), WriteAction.DESCRIPTION_SET, previous, description,
                List.of());
    }

    @Override
    public WriteReceipt markProcessed(RemotePhoto photo, CaptionWrite caption) throws ConnectorException {
        List<String> markers = MarkerTags.forModel(caption.author());
        if (markers.stream().allMatch(tag -> MarkerTags.contains(photo.tags(), tag))) {
            return WriteReceipt.unchanged(photo, WriteAction.ALREADY_DONE);
        }
        calls.call(Operation.MARK, photo.remoteId(), () -> {
            pi().addTags(photo.remoteId(), markers.toArray(String[]::new));
            return null;
        });
        return new WriteReceipt(account.id(), photo.remoteId(), WriteAction.MARKER_ADDED, "", "", markers);
    }

    @Override
    public String platform() {
        return FlickrCalls.PLATFORM;
    }

    /** A lost receipt of ours set the description; the refreshed photo shows what it holds now. */
    @Override
    public WriteReceipt reconciledReceipt(RemotePhoto current, String previousText) {
        return WriteReceipt.descriptionSet(account.id(), current, previousText);
    }

    @Override
    public void undo(WriteReceipt receipt) throws ConnectorException {
        new FlickrUndo(calls, pi(), account.id()).undo(receipt);
    }

    private PhotosInterface pi() {
        return flickr.getPhotosInterface();
    }

    @Override
    public Headroom headroom() {
        return calls.headroom();
    }
}
