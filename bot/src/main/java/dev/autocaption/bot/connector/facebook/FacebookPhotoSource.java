package dev.autocaption.bot.connector.facebook;

import com.restfb.Connection;
import com.restfb.DefaultFacebookClient;
import com.restfb.DefaultJsonMapper;
import com.restfb.FacebookClient;
import com.restfb.FacebookEndpoints;
import com.restfb.Parameter;
import com.restfb.Version;
import com.restfb.types.GraphResponse;
import com.restfb.types.Photo;
import com.restfb.types.Post;
import dev.autocaption.bot.connector.CaptionWrite;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.Headroom;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.ImageFetcher;
import dev.autocaption.bot.connector.NetworkFailure;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.Sleeper;
import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.WriteMode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Facebook Page (or, read-only, a personal profile) through RestFB 2025.11.0. Lists
 * {@code /{page-id}/photos?type=uploaded} newest first down to the stored mark. A photo's own caption cannot be
 * changed through the Graph API, so captions go into the Page post that carries the photo
 * ({@code page_story_id}) or into a comment by the Page. Profiles are read-only: apps have not been able to
 * publish to personal profiles since 2018. Thread-safe for one polling thread per account.
 */
public final class FacebookPhotoSource implements PhotoSource {

    private final AccountConfig account;
    private final FacebookClient client;
    private final GraphCalls calls;
    private final FacebookPhotos photos;
    private final ImageFetcher images;
    private final FacebookSettings settings;

    /** For tests and the composition root: a ready RestFB client (e.g. pointed at a simulator). */
    public FacebookPhotoSource(AccountConfig account, FacebookClient client, Clock clock, Sleeper sleeper,
                               ImageFetcher images, FacebookSettings settings) {
        this.account = Objects.requireNonNull(account, "account");
        if (!account.type().equals(FacebookPlatform.PAGE) && !account.type().equals(FacebookPlatform.PROFILE)) {
            throw new IllegalArgumentException("account " + account.id() + " is " + account.type().configName()
                    + ", not a Facebook account");
        }
        if (account.type().equals(FacebookPlatform.PAGE) && account.pageId() == null) {
            throw new IllegalArgumentException("account " + account.id() + ": facebook-page needs page-id");
        }
        this.client = Objects.requireNonNull(client, "client");
        this.calls = new GraphCalls(account.id(), client.getWebRequestor(), new GraphUsage(clock), sleeper,
                NetworkFailure.endpoint(account.apiBaseUrl(), GRAPH_HOST));
        this.photos = new FacebookPhotos(account);
        this.images = Objects.requireNonNull(images, "images");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The photo's page on facebook.com. */
    public static URI pageUrl(String remoteId) {
        return URI.create("https://www.facebook.com/" + URLEncoder.encode(remoteId, StandardCharsets.UTF_8));
    }

    /** The Graph API host when the account sets no api-base-url. */
    static final String GRAPH_HOST = "graph.facebook.com";

    /** The production wiring: RestFB with our timeouts, at the account's api-base-url (default graph.facebook.com). */
    public static FacebookPhotoSource create(AccountConfig account, ConnectorRuntime runtime, Connectors connectors) {
        return new FacebookPhotoSource(account, client(account, runtime), runtime.clock(), runtime.sleeper(),
                ImageFetcher.create(runtime), FacebookSettings.defaults());
    }

    /** A RestFB client for the account: token (+ app secret proof when configured), timeouts, endpoint. */
    public static DefaultFacebookClient client(AccountConfig account, ConnectorRuntime runtime) {
        if (account.credentials().get(FacebookPlatform.ACCESS_TOKEN) == null) {
            throw new IllegalArgumentException("account " + account.id() + ": " + account.type().configName()
                    + " needs credentials.access-token (a Page access token)");
        }
        URI base = account.apiBaseUrl();
        GraphRequestor requestor = new GraphRequestor(runtime.connectTimeout(), runtime.readTimeout(), base);
        String token = account.credentials().get(FacebookPlatform.ACCESS_TOKEN).reveal();
        DefaultFacebookClient client = account.credentials().get(FacebookPlatform.APP_SECRET) == null
                ? new DefaultFacebookClient(token, requestor, new DefaultJsonMapper(), Version.VERSION_22_0)
                : new DefaultFacebookClient(token, account.credentials().get(FacebookPlatform.APP_SECRET).reveal(), requestor,
                        new DefaultJsonMapper(), Version.VERSION_22_0);
        // the token travels in a header, so it is not part of the URLs RestFB logs on errors
        client.setHeaderAuthorization(true);
        if (base != null) {
            String endpoint = base.toString().replaceAll("/+$", "");
            client.setFacebookEndpointUrls(new FacebookEndpoints() {
                @Override
                public String getFacebookEndpoint() {
                    return endpoint;
                }

                @Override
                public String getGraphEndpoint() {
                    return endpoint;
                }

                @Override
                public String getGraphVideoEndpoint() {
                    return endpoint;
                }
            });
        }
        return client;
    }

    @Override
    public AccountConfig account() {
        return account;
    }

    @Override
    public PollResult poll(PollCursor cursor) throws ConnectorException {
        FacebookPoll poll = new FacebookPoll(cursor, photos);
        Connection<Photo> page = calls.call(Operation.POLL, null,
                () -> client.fetchConnection(edge(), Photo.class, firstPage(cursor)));
        for (int pages = 1; ; pages++) {
            if (poll.accept(page.getData()) || !page.hasNext()) {
                return poll.complete();
            }
            if (pages >= settings.maxPagesPerPoll()) {
                return poll.partial(page.getAfterCursor());
            }
            String next = withoutToken(page.getNextPageUrl());
            page = calls.call(Operation.POLL, null, () -> client.fetchConnectionPage(next, Photo.class));
        }
    }

    /**
     * Graph puts the access token into {@code paging.next}; the header carries it anyway, and a URL without it
     * cannot leak the token into RestFB's error log lines.
     */
    static String withoutToken(String url) {
        return url.replaceAll("([?&])access_token=[^&]*(&|$)", "$1").replaceAll("[?&]$", "");
    }

    private String edge() {
        return (account.type().equals(FacebookPlatform.PAGE) ? account.pageId() : "me") + "/photos";
    }

    private Parameter[] firstPage(PollCursor cursor) {
        List<Parameter> params = new ArrayList<>(List.of(Parameter.with("type", "uploaded"),
                Parameter.withFields(FacebookPhotos.FIELDS), Parameter.withLimit(settings.perPage())));
        if (cursor.walking()) {
            params.add(Parameter.with("after", cursor.resumeToken()));
        }
        return params.toArray(Parameter[]::new);
    }

    @Override
    public byte[] openImage(RemotePhoto photo) throws ConnectorException {
        return images.fetch(GraphCalls.PLATFORM, photo);
    }

    @Override
    public RemotePhoto refresh(RemotePhoto photo) throws ConnectorException {
        Photo node = calls.call(Operation.REFRESH, photo.remoteId(), () -> client.fetchObject(photo.remoteId(),
                Photo.class, Parameter.withFields(FacebookPhotos.FIELDS)));
        String text = node.getName() == null ? "" : node.getName();
        if (account.write() == WriteMode.POST_MESSAGE && photo.postId() != null) {
            text = postMessage(Operation.REFRESH, photo.remoteId(), photo.postId());
        }
        return photo.withCurrent("", text, List.of(), false);
    }

    private String postMessage(Operation operation, String remoteId, String postId) throws ConnectorException {
        Post post = calls.call(operation, remoteId, () -> client.fetchObject(postId, Post.class,
                Parameter.withFields("id,message")));
        return post.getMessage() == null ? "" : post.getMessage();
    }

    @Override
    public WriteReceipt write(RemotePhoto photo, CaptionWrite caption) throws ConnectorException {
        String text = caption.text();
        if (account.type().equals(FacebookPlatform.PROFILE) || account.write() == WriteMode.NONE) {
            return WriteReceipt.unchanged(photo, WriteAction.READ_ONLY);
        }
        if (account.write() == WriteMode.COMMENT) {
            return comment(photo, text);
        }
        if (photo.postId() == null) {
            if (!settings.commentFallback()) {
                throw calls.failure(Operation.WRITE, photo.remoteId(), Action.GIVE_UP, null, "no Page post carries"
                        + " this photo (no page_story_id) and comment fallback is off", null);
            }
            return comment(photo, text);
        }
        if (photo.hasText()) {
            return WriteReceipt.unchanged(photo, WriteAction.TEXT_PRESENT);
        }
        return publishPost(photo, text);
    }

    private WriteReceipt publishPost(RemotePhoto photo, String text) throws ConnectorException {
        try {
            GraphResponse response = calls.call(Operation.WRITE, photo.remoteId(), () -> client.publish(
                    photo.postId(), GraphResponse.class, Parameter.with("message", text)));
            requireSuccess(response, photo, "editing post " + photo.postId());
        } catch (ConnectorException e) {
            if (GraphCalls.isDuplicate(e)) {
                return WriteReceipt.unchanged(photo, WriteAction.ALREADY_DONE);
            }
            throw e;
        }
        return new WriteReceipt(account.id(), photo.remoteId(), WriteAction.POST_MESSAGE_SET, photo.existingText(),
                text, List.of(photo.postId()));
    }

    private WriteReceipt comment(RemotePhoto photo, String text) throws ConnectorException {
        return new FacebookComments(account, client, calls).write(photo, text);
    }

    private void requireSuccess(GraphResponse response, RemotePhoto photo, String what) throws ConnectorException {
        if (response == null || !response.isSuccess()) {
            throw calls.failure(Operation.WRITE, photo.remoteId(), Action.RETRY_LATER, null,
                    "the Graph API did not confirm " + what + " (no success flag, no id)", null);
        }
    }

    /** Facebook has no place for a marker: the store is the record. */
    @Override
    public WriteReceipt markProcessed(RemotePhoto photo, CaptionWrite caption) {
        return WriteReceipt.unchanged(photo, WriteAction.NO_REMOTE_MARKER);
    }

    @Override
    public String platform() {
        return GraphCalls.PLATFORM;
    }

    /**
     * A lost receipt of ours set the Page post's message (post-message with a post); for a comment the write
     * adopts our comment itself, so nothing is reconciled here.
     */
    @Override
    public WriteReceipt reconciledReceipt(RemotePhoto current, String previousText) {
        if (account.write() == WriteMode.POST_MESSAGE && current.postId() != null) {
            return new WriteReceipt(account.id(), current.remoteId(), WriteAction.POST_MESSAGE_SET, previousText,
                    current.existingText(), List.of(current.postId()));
        }
        return WriteReceipt.unchanged(current, WriteAction.ALREADY_DONE);
    }

    @Override
    public void undo(WriteReceipt receipt) throws ConnectorException {
        new FacebookUndo(client, calls, account.id()).undo(receipt);
    }

    @Override
    public Headroom headroom() {
        return calls.headroom();
    }
}
