package dev.autocaption.simulator;

/** Escaping for the XML the Flickr simulator writes. */
public final class Xml {

    private Xml() {
    }

    /**
     * Escapes text for an attribute value or element content. Characters XML 1.0 cannot carry at all (control
     * characters other than tab, CR and LF; U+FFFE and U+FFFF) are left out, as Flickr's own
     * responses do; a test that wants them on the wire serves a hand-written body.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE);
    }
}
