package dev.autocaption.bot.web;

import static dev.autocaption.bot.web.Html.text;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The accounts page: status and why (paused, backing off, posting cap reached), last and next cycle, queued,
 * backlog and rate-limit headroom, one row per account as {@code autocaption accounts} computes it.
 */
final class AccountsView {
    static final String LEGEND = "Queued: photos waiting for your decision. Backlog: photos the daemon still has "
            + "to finish (discovered, captioned, approved or being posted). Headroom: the share of the platform's "
            + "rate limit left, as the connector last saw it.";

    private AccountsView() {
    }

    static String render(List<AccountSummary> accounts, Instant now, ZoneId zone) {
        StringBuilder html = new StringBuilder("<h1>Accounts</h1>");
        if (accounts.isEmpty()) {
            return Layout.page("Accounts", "/accounts", null, html.append("<p class=\"empty\">No accounts are ")
                    .append("configured.</p>").toString());
        }
        html.append("<table class=\"accounts\"><thead><tr><th>Account</th><th>Status</th><th>Last cycle</th>")
                .append("<th>Next cycle</th><th>Queued</th><th>Backlog</th><th>Rate-limit headroom</th></tr>")
                .append("</thead><tbody>");
        for (AccountSummary a : accounts) {
            html.append("<tr id=\"account-").append(text(a.id())).append("\"><td>").append(text(a.id()))
                    .append("<div class=\"type\">").append(text(a.type())).append("</div></td><td><span class=\"")
                    .append("status ").append(text(a.status())).append("\">").append(text(a.status()))
                    .append("</span>").append(a.reason() == null ? "" : "<div class=\"reason\">" + text(a.reason())
                            + "</div>").append("</td><td>").append(text(Times.at(a.lastCycle(), now, zone)))
                    .append(a.lastResult() == null ? "" : " " + text(a.lastResult())).append("</td><td>")
                    .append(text(Times.at(a.nextCycle(), now, zone))).append("</td><td><a href=\"/queue?account=")
                    .append(text(Html.query(a.id()))).append("\">").append(a.queued()).append("</a></td><td>")
                    .append(a.backlog()).append("</td><td>").append(headroom(a)).append("</td></tr>");
        }
        return Layout.page("Accounts", "/accounts", null, html.append("</tbody></table><p class=\"legend\">")
                .append(LEGEND).append("</p>").toString());
    }

    private static String headroom(AccountSummary a) {
        Double remaining = a.headroom().remaining();
        return (remaining == null ? "unknown" : String.format(Locale.ROOT, "%.0f %%", remaining * 100))
                + "<div class=\"reason\">" + text(a.headroom().detail()) + "</div>";
    }
}
