package dev.autocaption.bot.web;

/**
 * Escaping for HTML: every text that comes from outside (captions, titles, reasons, account ids, error messages)
 * goes through {@link #text} before it reaches a page, in element content and in quoted attribute values alike.
 * Stateless.
 */
final class Html {
    private Html() {
    }

    /** {@code value} with {@code & < > " '} escaped; null as the empty string. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code value} as a query parameter value (percent-encoded UTF-8). */
    static String query(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
