package dev.autocaption.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Something going wrong on one call, scripted with {@link FaultScript}. A fault that replaces the response leaves
 * the simulator's state unchanged; {@link Delay} and {@link Truncate} apply to the normal response.
 */
public sealed interface Fault {

    /** Any HTTP status with a short text body, e.g. 429, 500, 503; {@code retryAfter} may be null. */
    record HttpStatus(int status, String retryAfter) implements Fault {
        public HttpStatus {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("status must be in [100, 599], was " + status);
            }
        }

        public SimResponse toResponse() {
            SimResponse plain = SimResponse.text(status, "text/plain; charset=utf-8", "simulated HTTP " + status);
            return retryAfter == null ? plain : plain.withHeaders(Map.of("Retry-After", retryAfter));
        }
    }

    /** Flickr's error shape: HTTP 200 with {@code <rsp stat="fail"><err code= msg=/></rsp>}. */
    record FlickrError(int code, String message) implements Fault {
        public FlickrError {
            Objects.requireNonNull(message, "message");
        }

        public SimResponse toResponse() {
            return SimResponse.text(200, "text/xml; charset=utf-8", "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n"
                    + "<rsp stat=\"fail\">\n\t<err code=\"" + code + "\" msg=\"" + Xml.escape(message) + "\" />\n</rsp>\n");
        }
    }

    /** The Graph API's error envelope; {@code subcode} may be null. */
    record GraphError(int httpStatus, String type, int code, Integer subcode, String message, boolean isTransient)
            implements Fault {
        public GraphError {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(message, "message");
        }

        public SimResponse toResponse() {
            String body = "{\"error\":{\"message\":" + Json.quote(message) + ",\"type\":" + Json.quote(type)
                    + ",\"code\":" + code + (subcode == null ? "" : ",\"error_subcode\":" + subcode)
                    + ",\"is_transient\":" + isTransient + ",\"fbtrace_id\":\"SimTrace" + code + "\"}}";
            return SimResponse.text(httpStatus, "application/json; charset=UTF-8", body);
        }
    }

    /** A 200 response whose body is not what the client expects (e.g. HTML instead of XML, half a JPEG). */
    record Malformed(String contentType, byte[] body) implements Fault {
        public Malformed {
            Objects.requireNonNull(contentType, "contentType");
            body = Objects.requireNonNull(body, "body").clone();
        }

        /** A text body. */
        public static Malformed text(String contentType, String body) {
            return new Malformed(contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        public SimResponse toResponse() {
            return new SimResponse(200, contentType, body.clone(), Map.of());
        }
    }

    /**
     * Does the work of the call at once, then waits before sending the answer: the remote state has changed while the
     * client still waits (a crash of the client in this window leaves a write done remotely but not recorded).
     */
    record SlowReply(Duration delay) implements Fault {
        public SlowReply {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Waits before answering normally (a slow server; use with a short client read timeout). */
    record Delay(Duration delay) implements Fault {
        public Delay {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Answers normally but announces the full length and sends only the first {@code keepBytes}, then hangs up. */
    record Truncate(int keepBytes) implements Fault {
        public Truncate {
            if (keepBytes < 0) {
                throw new IllegalArgumentException("keepBytes must not be negative, was " + keepBytes);
            }
        }
    }

    /**
     * Answers normally but sends only the first {@code keepBytes} of the announced body, then stalls for
     * {@code stall} before hanging up: a server that stops mid-body (the client must cut it off itself).
     */
    record Stall(int keepBytes, Duration stall) implements Fault {
        public Stall {
            if (keepBytes < 0) {
                throw new IllegalArgumentException("keepBytes must not be negative, was " + keepBytes);
            }
            Objects.requireNonNull(stall, "stall");
        }
    }

    /**
     * Answers {@code status} (a 3xx) with a {@code Location} header: {@code location}, or, when null, the requested
     * path itself, so a client that follows redirects goes round in a loop.
     */
    record Redirect(int status, String location) implements Fault {
        public Redirect {
            if (status < 300 || status > 399) {
                throw new IllegalArgumentException("status must be a redirect (3xx), was " + status);
            }
        }

        public SimResponse toResponse(String requestedPath) {
            return SimResponse.text(status, "text/plain; charset=utf-8", "simulated redirect")
                    .withHeaders(Map.of("Location", location == null ? requestedPath : location));
        }
    }
}
