package dev.autocaption.bot.web;

import dev.autocaption.store.HistoryQuery;
import dev.autocaption.store.PhotoState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The history page's filters as the form sends them (account, state, a date range, text, a row limit) and the
 * store query they mean. The dates are whole days in the clock's zone, both ends included. A value that does not
 * parse is a {@link BadRequest} naming the field, the value and the form expected.
 */
record HistoryFilter(String account, PhotoState state, LocalDate from, LocalDate to, String text, int limit) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 5000;

    static HistoryFilter of(Exchange exchange) {
        return new HistoryFilter(exchange.query("account"), state(exchange.query("state")),
                date("from", exchange.query("from")), date("to", exchange.query("to")), exchange.query("text"),
                limit(exchange.query("limit")));
    }

    HistoryQuery query(Clock clock) {
        try {
            return HistoryQuery.all().withAccount(account).withStates(state == null ? Set.of() : Set.of(state))
                    .withPeriod(from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                            to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant())
                    .withText(text).withLimit(limit);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "from must not be after to, was from " + from + ", to " + to);
        }
    }

    /** The filter as a query string ({@code account=a&state=posted}), for the downloads and links. */
    String queryString() {
        StringBuilder q = new StringBuilder();
        add(q, "account", account);
        add(q, "state", state == null ? null : state.code());
        add(q, "from", from == null ? null : from.toString());
        add(q, "to", to == null ? null : to.toString());
        add(q, "text", text);
        add(q, "limit", limit == DEFAULT_LIMIT ? null : Integer.toString(limit));
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.length() == 0 ? "" : "&").append(name).append('=').append(Html.query(value));
        }
    }

    private static PhotoState state(String value) {
        try {
            return value == null ? null : PhotoState.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "state: " + e.getMessage());
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(400, field + ": must be a date (YYYY-MM-DD), was " + value);
        }
    }

    private static int limit(String value) {
        try {
            int limit = value == null ? DEFAULT_LIMIT : Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequest(400, "limit: must be a whole number in [1, " + MAX_LIMIT + "], was " + value);
    }
}
