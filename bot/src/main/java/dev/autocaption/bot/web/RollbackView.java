package dev.autocaption.bot.web;

import static dev.autocaption.bot.web.Html.text;

import dev.autocaption.bot.pipeline.Rollback;
import java.util.List;

/** The confirmation of one photo's rollback: what would be restored in place of what, and the button. */
final class RollbackView {
    private RollbackView() {
    }

    static String confirm(String key, List<Rollback.Item> plan, String csrf) {
        StringBuilder html = new StringBuilder("<h1>Roll back ").append(text(key)).append("?</h1>");
        if (plan.isEmpty()) {
            return Layout.page("Roll back", "/history", null, html.append("<p class=\"empty\">Nothing of ours is ")
                    .append("written on this photo (never posted, or already rolled back).</p><p><a href=\"")
                    .append("/history\">Back to the history</a></p>").toString());
        }
        html.append("<ul class=\"plan\">");
        for (Rollback.Item item : plan) {
            html.append("<li>The photo shows <q class=\"caption\">").append(text(item.writtenText()))
                    .append("</q>; rolling back restores <q class=\"restored\">").append(text(item.restoredText()
                            .isEmpty() ? "(empty)" : item.restoredText())).append("</q> and removes our marker.</li>");
        }
        return Layout.page("Roll back", "/history", null, html.append("</ul><form method=\"post\" ")
                .append("action=\"/history/rollback\"><input type=\"hidden\" name=\"csrf\" value=\"").append(text(csrf))
                .append("\"><input type=\"hidden\" name=\"photo\" value=\"").append(text(key)).append("\">")
                .append("<input type=\"hidden\" name=\"confirm\" value=\"yes\"><button type=\"submit\" ")
                .append("class=\"reject\">Roll back now</button> <a href=\"/history\">Cancel</a></form>").toString());
    }
}
