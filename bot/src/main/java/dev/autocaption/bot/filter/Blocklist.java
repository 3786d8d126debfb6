package dev.autocaption.bot.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words and phrases a caption must never contain, matched case-insensitively on word boundaries ("ass" blocks
 * "an ass" but not "glass").
 *
 * <p>The built-in list covers terms that are hurtful or embarrassing when a machine gets them wrong about a
 * person's photo: body, sexual, racial and health words. Users add their own with {@code filter.blocklist}.
 */
final class Blocklist {
    static final List<String> DEFAULTS = List.of(
            "naked", "nude", "nudity", "sexy", "sex", "porn", "breast", "breasts", "genitals", "underwear",
            "bikini", "lingerie", "fat", "obese", "ugly", "stupid", "drunk", "dead", "corpse", "blood", "gun",
            "weapon", "ape", "monkey", "gorilla", "slave", "ass", "bitch", "whore", "retarded", "cripple",
            "disabled", "disease", "sick", "kill", "killed", "suicide");

    private final List<Entry> entries;

    private Blocklist(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static Blocklist withDefaults(List<String> extra) {
        List<Entry> entries = new ArrayList<>();
        for (String phrase : DEFAULTS) {
            entries.add(Entry.of(phrase));
        }
        for (String phrase : extra) {
            if (!phrase.isBlank()) {
                entries.add(Entry.of(phrase));
            }
        }
        return new Blocklist(entries);
    }

    /** The first listed phrase the text contains, or null. */
    String firstMatch(String text) {
        for (Entry entry : entries) {
            if (entry.pattern().matcher(text).find()) {
                return entry.phrase();
            }
        }
        return null;
    }

    private record Entry(String phrase, Pattern pattern) {
        static Entry of(String phrase) {
            String trimmed = phrase.trim().toLowerCase(Locale.ROOT);
            String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(trimmed).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}\\p{N}])";
            return new Entry(trimmed, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }
}
