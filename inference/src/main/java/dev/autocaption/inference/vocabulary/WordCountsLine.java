package dev.autocaption.inference.vocabulary;

import dev.autocaption.inference.CaptioningException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Parses one {@code word_counts.txt} line: the word is the first whitespace-separated token. A token written as a
 * Python-3 bytes literal ({@code b'a'}, {@code b"it's"}) is unwrapped and its escapes undone, which is what the
 * community {@code clean_line} fix does to the family-A vocabulary.
 */
final class WordCountsLine {
    private WordCountsLine() {
    }

    static String word(String source, int lineNumber, String line) throws CaptioningException {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            throw new CaptioningException("vocabulary " + source + " line " + lineNumber
                    + " is empty; ids are line positions, so blank lines are not allowed");
        }
        String token = trimmed.split("\\s+", 2)[0];
        return isBytesLiteral(token) ? unescape(source, lineNumber, token.substring(2, token.length() - 1)) : token;
    }

    private static boolean isBytesLiteral(String token) {
        if (token.length() < 3 || token.charAt(0) != 'b') {
            return false;
        }
        char quote = token.charAt(1);
        return (quote == '\'' || quote == '"') && token.charAt(token.length() - 1) == quote;
    }

    private static String unescape(String source, int lineNumber, String body) throws CaptioningException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
                continue;
            }
            if (i + 1 >= body.length()) {
                throw badEscape(source, lineNumber, body);
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\\', '\'', '"' -> out.write(e);
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'x' -> {
                    out.write(hexByte(source, lineNumber, body, i + 1));
                    i += 2;
                }
                default -> throw badEscape(source, lineNumber, body);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hexByte(String source, int lineNumber, String body, int at) throws CaptioningException {
        if (at + 2 > body.length()) {
            throw badEscape(source, lineNumber, body);
        }
        try {
            return Integer.parseInt(body.substring(at, at + 2), 16);
        } catch (NumberFormatException e) {
            throw badEscape(source, lineNumber, body);
        }
    }

    private static CaptioningException badEscape(String source, int lineNumber, String body) {
        return new CaptioningException("vocabulary " + source + " line " + lineNumber + ": bad escape in b'" + body
                + "'; expected a Python bytes literal such as b'a'");
    }
}
