package dev.autocaption.bot.hostile;

import dev.autocaption.simulator.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an image URL may answer instead of the image: every 4xx and 5xx status, 429 with all kinds of Retry-After,
 * redirect loops and redirects that lead nowhere, a server that stalls past the deadline, one that drops the
 * connection mid-body. Each with where its photo may be while the fault lasts and once it has stopped.
 */
final class HostileImageUrls {
    /** One image URL behaviour. */
    record Case(String family, String name, Fault fault, Set<Expected> during, Set<Expected> after) {
    }

    private static final Set<Expected> RETRY = EnumSet.of(Expected.RETRYING);
    private static final Set<Expected> FAIL = EnumSet.of(Expected.FAILED);
    private static final Set<Expected> POST = EnumSet.of(Expected.POSTED);
    private static final int[] CLIENT_ERRORS = {400, 401, 402, 403, 404, 405, 406, 407, 409, 410, 411, 412, 413, 414,
            415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 431, 451};
    private static final int[] SERVER_ERRORS = {500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 520, 599};
    private static final String[] RETRY_AFTER = {null, "0", "1", "120", "86400", "Wed, 21 Oct 2026 07:28:00 GMT", "-1",
            "soon", "99999999999999999999"};

    private final List<Case> cases = new ArrayList<>();

    /** Every image URL input; the stalls each cost the image deadline in wall time, so their count is fixed. */
    static List<Case> all(int scale) {
        HostileImageUrls urls = new HostileImageUrls();
        urls.statuses();
        urls.redirects();
        urls.brokenBodies(scale);
        return List.copyOf(urls.cases);
    }

    private void add(String family, String name, Fault fault, Set<Expected> during, Set<Expected> after) {
        cases.add(new Case(family, family + "/" + name, fault, during, after));
    }

    private void statuses() {
        for (int status : CLIENT_ERRORS) {
            add("status-4xx", Integer.toString(status), new Fault.HttpStatus(status, null), FAIL, FAIL);
        }
        add("status-4xx", "408-request-timeout", new Fault.HttpStatus(408, null), RETRY, POST);
        for (int status : SERVER_ERRORS) {
            add("status-5xx", Integer.toString(status), new Fault.HttpStatus(status, null), RETRY, POST);
        }
        for (String retryAfter : RETRY_AFTER) {
            add("status-429", "retry-after-" + retryAfter, new Fault.HttpStatus(429, retryAfter), RETRY, POST);
            add("status-503", "retry-after-" + retryAfter, new Fault.HttpStatus(503, retryAfter), RETRY, POST);
        }
    }

    private void redirects() {
        for (int status : new int[] {301, 302, 303, 307, 308}) {
            add("redirect", "loop-" + status, new Fault.Redirect(status, null), FAIL, FAIL);
        }
        add("redirect", "to-a-missing-image", new Fault.Redirect(302, "/img/nothing_here_o.jpg"), FAIL, FAIL);
        add("redirect", "to-a-closed-port", new Fault.Redirect(302, "http://127.0.0.1:1/x.jpg"), RETRY, POST);
        add("redirect", "to-ftp", new Fault.Redirect(302, "ftp://127.0.0.1/x.jpg"), FAIL, FAIL);
        add("redirect", "without-location", new Fault.Redirect(302, ""), FAIL, FAIL);
    }

    private void brokenBodies(int scale) {
        for (int keep : new int[] {0, 1, 100, 1000}) {
            add("stall", "after-" + keep + "-bytes", new Fault.Stall(keep, Duration.ofSeconds(3)), RETRY, POST);
        }
        add("stall", "before-the-headers", new Fault.Delay(Duration.ofSeconds(3)), RETRY, POST);
        int[] keeps = {0, 1, 2, 3, 10, 100, 500, 1000, 2000, 4000};
        for (int i = 0; i < Math.min(keeps.length, 5 * scale); i++) {
            add("dropped", "after-" + keeps[i] + "-bytes", new Fault.Truncate(keeps[i]), RETRY, POST);
        }
        add("dropped", "empty-200", new Fault.Malformed("image/jpeg", new byte[0]), FAIL, FAIL);
    }
}
