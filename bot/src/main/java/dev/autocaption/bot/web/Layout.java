package dev.autocaption.bot.web;

import static dev.autocaption.bot.web.Html.text;

import java.util.List;

/** The frame of every page: title, navigation, the notice of the last form, the body. Stateless. */
final class Layout {
    private static final List<String[]> NAV = List.of(new String[] {"/queue", "Queue"},
            new String[] {"/history", "History"}, new String[] {"/accounts", "Accounts"},
            new String[] {"/metrics", "Metrics"});

    private Layout() {
    }

    /** A page; {@code body} is HTML already escaped by its view. */
    static String page(String title, String active, Notices.Notice notice, String body) {
        StringBuilder html = new StringBuilder(4096 + body.length());
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(text(title)).append(" · autocaption</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/app.css\">")
                .append("<script src=\"/assets/app.js\" defer></script></head><body>")
                .append("<header><span class=\"brand\">autocaption</span><nav>");
        for (String[] item : NAV) {
            html.append("<a href=\"").append(item[0]).append('"').append(item[0].equals(active)
                    ? " class=\"active\" aria-current=\"page\"" : "").append('>').append(item[1]).append("</a>");
        }
        html.append("</nav></header><main>");
        if (notice != null) {
            html.append("<div class=\"notice").append(notice.trouble() ? " trouble" : "")
                    .append("\" role=\"status\" id=\"notice\"><ul>");
            notice.lines().forEach(line -> html.append("<li>").append(text(line)).append("</li>"));
            html.append("</ul></div>");
        }
        return html.append(body).append("</main></body></html>\n").toString();
    }

    /** A page that says only what went wrong. */
    static String problem(String title, String message) {
        return page(title, "", null, "<h1>" + text(title) + "</h1><p class=\"problem\">" + text(message) + "</p>");
    }
}
