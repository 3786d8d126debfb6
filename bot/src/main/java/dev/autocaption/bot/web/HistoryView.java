package dev.autocaption.bot.web;

import static dev.autocaption.bot.web.Html.text;

import dev.autocaption.bot.thumbnail.Thumbnails;
import dev.autocaption.store.HistoryEntry;
import dev.autocaption.store.PhotoState;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The history page: the filter form, the downloads of the current filter, and one row per photo (thumbnail, the
 * caption as written, state and reason, score, model, engine, who decided, account, time) with a rollback link
 * for a posted caption.
 */
final class HistoryView {
    private final Thumbnails thumbnails;

    HistoryView(Thumbnails thumbnails) {
        this.thumbnails = thumbnails;
    }

    String render(List<HistoryEntry> entries, HistoryFilter filter, Instant now, ZoneId zone,
                  Notices.Notice notice) {
        StringBuilder html = new StringBuilder("<h1>History <span class=\"count\">").append(entries.size())
                .append(entries.size() == filter.limit() ? " (the newest; raise the limit for more)" : "")
                .append("</span></h1>").append(form(filter));
        String q = filter.queryString();
        html.append("<p class=\"downloads\">Download this filter: <a href=\"/history.csv").append(q.isEmpty() ? ""
                : "?" + text(q)).append("\" download>CSV</a> · <a href=\"/history.json").append(q.isEmpty() ? ""
                : "?" + text(q)).append("\" download>JSON</a></p>");
        if (entries.isEmpty()) {
            return Layout.page("History", "/history", notice, html.append("<p class=\"empty\">No photos match.</p>")
                    .toString());
        }
        html.append("<table class=\"history\"><thead><tr><th>Photo</th><th>Caption</th><th>State</th>")
                .append("<th>Score</th><th>Model</th><th>Decided by</th><th>Updated</th><th></th></tr></thead><tbody>");
        entries.forEach(entry -> html.append(row(entry, now, zone)));
        return Layout.page("History", "/history", notice, html.append("</tbody></table>").toString());
    }

    private String row(HistoryEntry e, Instant now, ZoneId zone) {
        String score = e.score() == null ? "—" : String.format(Locale.ROOT, "%.3f", e.score());
        String engine = e.engine() == null ? "" : "<div class=\"engine\">" + text(e.engine().configName()) + "</div>";
        String reason = e.reason() == null ? "" : "<div class=\"reason\">" + text(e.reason()) + "</div>";
        return new StringBuilder("<tr id=\"photo-").append(e.photoId()).append("\"><td class=\"photo\">")
                .append(PhotoPicture.html(thumbnails, e.photoId(), e.key(), e.state(), e.reason()))
                .append("<div class=\"key\">").append(text(e.key())).append("</div><div class=\"type\">")
                .append(text(e.accountType().configName())).append("</div></td>")
                .append("<td>").append(caption(e)).append("</td>")
                .append("<td><span class=\"state ").append(e.state().code()).append("\">").append(e.state().code())
                .append("</span>").append(reason).append("</td>")
                .append("<td>").append(score).append("</td>")
                .append("<td class=\"model\">").append(text(e.modelId() == null ? "—" : e.modelId())).append(engine)
                .append("</td><td>").append(e.decisionSource() == null ? "—" : e.decisionSource().code())
                .append("</td><td class=\"when\">").append(text(Times.at(e.updatedAt(), now, zone)))
                .append("</td><td>").append(rollback(e)).append("</td></tr>").toString();
    }

    /** The caption as written; else the best candidate, marked as not written (none for skipped and undone). */
    private static String caption(HistoryEntry e) {
        if (e.postedText() != null) {
            return "<span class=\"caption\">" + text(e.postedText()) + "</span>";
        }
        if (e.captionText() == null || e.state() == PhotoState.SKIPPED || e.state() == PhotoState.ROLLED_BACK) {
            return "<span class=\"none\">—</span>";
        }
        return "<span class=\"candidate\" title=\"not written\">" + text(e.captionText()) + "</span>";
    }

    private static String rollback(HistoryEntry e) {
        return e.state() == PhotoState.POSTED && e.postedText() != null ? "<a class=\"rollback\" href=\""
                + "/history/rollback?photo=" + text(Html.query(e.key())) + "\">Roll back…</a>" : "";
    }

    private static String form(HistoryFilter f) {
        StringBuilder html = new StringBuilder("<form method=\"get\" action=\"/history\" class=\"filters\">")
                .append(input("Account", "account", f.account(), "text"))
                .append("<label>State <select name=\"state\"><option value=\"\">any</option>");
        for (PhotoState state : PhotoState.values()) {
            html.append("<option value=\"").append(state.code()).append('"').append(state == f.state()
                    ? " selected" : "").append('>').append(state.code()).append("</option>");
        }
        return html.append("</select></label>")
                .append(input("From", "from", f.from() == null ? null : f.from().toString(), "date"))
                .append(input("To", "to", f.to() == null ? null : f.to().toString(), "date"))
                .append(input("Text", "text", f.text(), "search"))
                .append(input("Limit", "limit", Integer.toString(f.limit()), "number"))
                .append("<button type=\"submit\">Filter</button> <a href=\"/history\">clear</a></form>").toString();
    }

    private static String input(String label, String name, String value, String type) {
        return "<label>" + label + " <input type=\"" + type + "\" name=\"" + name + "\" value=\"" + text(value)
                + "\"></label> ";
    }
}
