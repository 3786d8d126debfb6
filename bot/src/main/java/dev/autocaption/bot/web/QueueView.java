package dev.autocaption.bot.web;

import static dev.autocaption.bot.web.Html.text;

import dev.autocaption.bot.thumbnail.Thumbnails;
import dev.autocaption.store.DetectedObject;
import dev.autocaption.store.Photo;
import dev.autocaption.store.StoredCaption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The queue page: one card per waiting photo (thumbnail, why it was queued, what a detector saw, the candidates
 * with their scores) with approve, edit and reject forms, and the bulk form for the selected cards. The keyboard
 * (app.js) drives the same buttons: j/k move, 1–3 approve a candidate, e edits, r rejects.
 */
final class QueueView {
    private final Thumbnails thumbnails;
    private final String csrf;

    QueueView(Thumbnails thumbnails, String csrf) {
        this.thumbnails = thumbnails;
        this.csrf = csrf;
    }

    /** @param account the account the page shows alone (its forms come back to it); null for all */
    String render(List<ReviewQueue.Item> items, String account, Notices.Notice notice) {
        StringBuilder html = new StringBuilder("<h1>Review queue").append(account == null ? "" : " of " + text(account))
                .append(" <span class=\"count\">").append(items.size()).append(" waiting</span></h1>")
                .append("<p class=\"keys\">Keyboard: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>1</kbd>–<kbd>3")
                .append("</kbd> approve that candidate, <kbd>e</kbd> edit, <kbd>r</kbd> reject, <kbd>x</kbd> ")
                .append("select.</p>");
        if (items.isEmpty()) {
            return Layout.page("Queue", "/queue", notice, html.append("<p class=\"empty\">Nothing waits for a ")
                    .append("decision.</p>").toString());
        }
        html.append("<form id=\"bulk\" method=\"post\" action=\"/queue/bulk\" class=\"bulk\">").append(csrfField())
                .append(back(account))
                .append("<button type=\"submit\" name=\"action\" value=\"approve\">Approve selected (candidate 1)")
                .append("</button> <button type=\"submit\" name=\"action\" value=\"reject\">Reject selected</button>")
                .append("</form>");
        items.forEach(item -> html.append(card(item, account)));
        return Layout.page("Queue", "/queue", notice, html.toString());
    }

    private String card(ReviewQueue.Item item, String account) {
        Photo photo = item.photo();
        StringBuilder html = new StringBuilder("<section class=\"card\" id=\"photo-").append(photo.id())
                .append("\" data-key=\"").append(text(photo.key())).append("\">")
                .append("<div class=\"picture\">").append(PhotoPicture.html(thumbnails, photo.id(), photo.key(),
                        photo.state(), photo.reason())).append("</div><div class=\"details\"><h2><label><input ")
                .append("type=\"checkbox\" form=\"bulk\" name=\"item\" value=\"").append(text(photo.key() + " "
                        + item.seen().token())).append("\"> ").append(text(photo.key())).append("</label></h2>")
                .append(meta(item)).append("<ol class=\"candidates\">");
        for (StoredCaption caption : item.candidates()) {
            html.append("<li>").append(form(item, account, "approve", "<input type=\"hidden\" name=\"rank\" value=\""
                    + caption.rank() + "\"><button type=\"submit\" data-rank=\"" + caption.rank() + "\">Approve "
                    + caption.rank() + "</button>")).append(" <span class=\"caption\">").append(text(caption.text()))
                    .append("</span> <span class=\"score\">").append(String.format(Locale.ROOT, "%.2f",
                            caption.candidate().score())).append("</span></li>");
        }
        html.append("</ol>");
        String first = item.candidates().isEmpty() ? "" : item.candidates().get(0).text();
        html.append(form(item, account, "edit", "<label class=\"edit\">Your text <input type=\"text\" "
                + "name=\"text\" value=\"" + text(first) + "\" data-edit></label> <button type=\"submit\">Post my "
                + "text</button>"));
        html.append(form(item, account, "reject", "<button type=\"submit\" class=\"reject\" data-reject>Reject"
                + "</button>"));
        return html.append("</div></section>").toString();
    }

    private static String meta(ReviewQueue.Item item) {
        Photo photo = item.photo();
        StringBuilder html = new StringBuilder("<dl class=\"meta\">");
        if (photo.title() != null && !photo.title().isBlank()) {
            html.append("<dt>Title</dt><dd class=\"title\">").append(text(photo.title())).append("</dd>");
        }
        html.append("<dt>Queued because</dt><dd>").append(text(photo.reason() == null ? "in the review band"
                : photo.reason())).append("</dd>");
        if (!item.detections().isEmpty()) {
            html.append("<dt>Detector saw</dt><dd>").append(text(item.detections().stream().map(QueueView::seen)
                    .collect(Collectors.joining(", ")))).append("</dd>");
        }
        if (!item.candidates().isEmpty()) {
            html.append("<dt>Model</dt><dd>").append(text(item.candidates().get(0).candidate().modelId()))
                    .append(" (").append(text(item.candidates().get(0).candidate().engine().configName()))
                    .append(")</dd>");
        }
        return html.append("</dl>").toString();
    }

    private static String seen(DetectedObject detection) {
        return String.format(Locale.ROOT, "%s %.2f", detection.label(), detection.score());
    }

    private String form(ReviewQueue.Item item, String account, String action, String controls) {
        return "<form method=\"post\" action=\"/queue/decide\" class=\"" + action + "\">" + csrfField()
                + back(account)
                + "<input type=\"hidden\" name=\"photo\" value=\"" + text(item.photo().key()) + "\">"
                + "<input type=\"hidden\" name=\"seen\" value=\"" + text(item.seen().token()) + "\">"
                + "<input type=\"hidden\" name=\"action\" value=\"" + action + "\">" + controls + "</form>";
    }

    /** Where the form's answer goes: back to this account's queue. */
    private static String back(String account) {
        return account == null ? "" : "<input type=\"hidden\" name=\"account\" value=\"" + text(account) + "\">";
    }

    private String csrfField() {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + text(csrf) + "\">";
    }
}
