package dev.autocaption.simulator.flickr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flickr's tag rules as the simulator plays them: normalisation and the quoted list format of addTags. */
final class FlickrTags {

    private static final Pattern MACHINE = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*):([a-zA-Z_][a-zA-Z0-9_]*)=(.+)");
    private static final Pattern LIST_ITEM = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private FlickrTags() {
    }

    static boolean isMachine(String raw) {
        return MACHINE.matcher(raw).matches();
    }

    /** Lowercase, punctuation and spaces dropped; a machine tag keeps {@code ns:pred=} and normalises the value. */
    static String normalise(String raw) {
        Matcher machine = MACHINE.matcher(raw);
        if (machine.matches()) {
            return machine.group(1).toLowerCase(Locale.ROOT) + ":" + machine.group(2).toLowerCase(Locale.ROOT) + "="
                    + plain(machine.group(3));
        }
        return plain(raw);
    }

    private static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits {@code "two words" single "ns:p=v"} into its tags. */
    static List<String> parseList(String text) {
        List<String> tags = new ArrayList<>();
        Matcher item = LIST_ITEM.matcher(text == null ? "" : text);
        while (item.find()) {
            String tag = item.group(1) != null ? item.group(1) : item.group(2);
            if (!tag.isBlank()) {
                tags.add(tag.trim());
            }
        }
        return tags;
    }
}
