package dev.autocaption.bot.connector;

import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads image bytes with the JDK's HTTP client: never the SDKs' own downloaders, which fall back to the real
 * Flickr farm URLs or break on plain http. Detects truncated bodies. Every download is bounded twice: the read
 * timeout until the response starts, and a deadline for the whole download (a server that stalls or trickles its
 * body is cut off and the download cancelled), so one photo never holds a cycle. Thread-safe.
 */
public final class ImageFetcher {

    /** Refuse images larger than this many bytes (a 1600 px JPEG is well under 2 MB). */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private final HttpClient http;
    private final Duration readTimeout;
    private final Duration deadline;

    public ImageFetcher(HttpClient http, Duration readTimeout, Duration deadline) {
        this.http = http;
        this.readTimeout = readTimeout;
        this.deadline = deadline;
    }

    public static ImageFetcher create(ConnectorRuntime runtime) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(runtime.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return new ImageFetcher(client, runtime.readTimeout(), runtime.imageDeadline());
    }

    /** Downloads one image; every failure is a {@link ConnectorException} for {@code photo}. */
    public byte[] fetch(String platform, RemotePhoto photo) throws ConnectorException {
        URI uri = photo.imageUri();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET().build();
        CompletableFuture<HttpResponse<byte[]>> download = http.sendAsync(request, limited());
        HttpResponse<byte[]> response;
        try {
            response = download.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            download.cancel(true);
            throw failure(platform, photo, "timeout", Action.RETRY_LATER, "download of " + uri
                    + " not finished after "
                    + deadline + " (retry.photo-timeout); cut off", e);
        } catch (ExecutionException e) {
            throw broken(platform, photo, e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            download.cancel(true);
            Thread.currentThread().interrupt();
            throw failure(platform, photo, Action.RETRY_LATER, "interrupted while downloading " + uri, e);
        }
        return checked(platform, photo, response);
    }

    private ConnectorException broken(String platform, RemotePhoto photo, Throwable cause) {
        URI uri = photo.imageUri();
        if (cause instanceof HttpTimeoutException) {
            return failure(platform, photo, "timeout", Action.RETRY_LATER, "timed out after " + readTimeout + " at "
                    + uri, cause);
        }
        if (cause instanceof LimitedBody.TooLarge) {
            return failure(platform, photo, Action.GIVE_UP, cause.getMessage() + " from " + uri, cause);
        }
        return failure(platform, photo, Action.RETRY_LATER, "download of " + uri + " broke off: " + cause, cause);
    }

    /** Reads the body into memory, refusing one larger than {@link #MAX_BYTES} as soon as it passes the limit. */
    private static HttpResponse.BodyHandler<byte[]> limited() {
        return info -> new LimitedBody(MAX_BYTES, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    private static byte[] checked(String platform, RemotePhoto photo, HttpResponse<byte[]> response)
            throws ConnectorException {
        ConnectorException refused = refusal(platform, photo, response.statusCode());
        if (refused != null) {
            throw refused;
        }
        byte[] body = response.body();
        if (body.length == 0) {
            throw failure(platform, photo, Action.GIVE_UP,
                    "empty image (0 bytes, HTTP 200) from " + photo.imageUri(), null);
        }
        if (JpegEnd.truncated(body)) {
            throw failure(platform, photo, Action.RETRY_LATER, "truncated JPEG (" + body.length
                    + " bytes, no end-of-image marker) from " + photo.imageUri(), null);
        }
        return body;
    }

    /** The failure an HTTP status other than 200 means: transient for 408, 429 and 5xx, else permanent. */
    private static ConnectorException refusal(String platform, RemotePhoto photo, int status) {
        if (status == 200) {
            return null;
        }
        String problem = "HTTP " + status + " from " + photo.imageUri();
        if (status == 408 || status == 429 || status >= 500) {
            return failure(platform, photo, "http-" + status, Action.RETRY_LATER, problem, null);
        }
        if (status >= 300 && status < 400) {
            return failure(platform, photo, "http-" + status, Action.GIVE_UP, problem
                    + " after following its redirects: a redirect "
                    + "loop, too many hops, or no usable Location", null);
        }
        return failure(platform, photo, "http-" + status, Action.GIVE_UP, problem, null);
    }

    private static ConnectorException failure(String platform, RemotePhoto photo, Action action, String problem,
                                              Throwable cause) {
        return failure(platform, photo, ConnectorException.OTHER, action, problem, cause);
    }

    /** @param code the HTTP status ({@code http-404}) or the kind of failure, for counting */
    private static ConnectorException failure(String platform, RemotePhoto photo, String code, Action action,
                                              String problem, Throwable cause) {
        return new ConnectorException(platform, photo.account(), Operation.OPEN_IMAGE, photo.remoteId(), action,
                null, code, problem, cause);
    }
}
