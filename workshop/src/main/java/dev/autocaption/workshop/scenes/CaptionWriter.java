package dev.autocaption.workshop.scenes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the reference captions of a scene from its {@link SceneDescription}. Caption 1 is the canonical
 * phrasing (every slot at its first option), caption 2 the canonical phrasing with exactly one slot changed,
 * captions 3 to 5 free variations that still lean to the canonical option in every slot, all distinct.
 * Why: BLEU against five references rewards the most common phrasing, so a model that learns the canonical
 * caption scores high while the references stay varied. Lowercase, words separated by single spaces, no
 * punctuation: exactly what {@code CaptionTokenizer} produces. Stateless.
 */
final class CaptionWriter {
    static final int CAPTIONS = 5;
    private static final int MAX_TRIES = 400;

    List<String> write(SceneDescription scene, SplittableRandom random) {
        Set<String> captions = new LinkedHashSet<>();
        Picker canonical = new Picker(null, null);
        captions.add(CaptionGrammar.render(scene, canonical));
        List<String> slots = List.copyOf(canonical.slotsWithChoices());
        for (int i = 0; i < MAX_TRIES && captions.size() < 2; i++) {
            String slot = slots.get(random.nextInt(slots.size()));
            captions.add(CaptionGrammar.render(scene, new Picker(random, slot)));
        }
        for (int i = 0; i < MAX_TRIES && captions.size() < CAPTIONS; i++) {
            captions.add(CaptionGrammar.render(scene, new Picker(random, null)));
        }
        if (captions.size() < CAPTIONS) {
            throw new IllegalStateException("only " + captions.size() + " distinct captions after " + MAX_TRIES
                    + " tries for " + scene + ": " + captions);
        }
        return List.copyOf(captions);
    }

    /**
     * Chooses one option per slot: always the first (canonical), or the first except in one named slot, or
     * the first with probability {@link #CANONICAL_BIAS} and otherwise any other.
     */
    static final class Picker {
        static final double CANONICAL_BIAS = 0.5;
        private final SplittableRandom random;
        private final String varied;
        private final Set<String> slotsWithChoices = new LinkedHashSet<>();

        /** @param random null for the canonical caption; @param varied the one slot to change, or null */
        Picker(SplittableRandom random, String varied) {
            this.random = random;
            this.varied = varied;
        }

        <T> T pick(String slot, List<T> options) {
            if (options.size() > 1) {
                slotsWithChoices.add(slot);
            }
            if (random == null || options.size() == 1) {
                return options.get(0);
            }
            boolean change = varied != null ? varied.equals(slot) : random.nextDouble() >= CANONICAL_BIAS;
            return change ? options.get(1 + random.nextInt(options.size() - 1)) : options.get(0);
        }

        Set<String> slotsWithChoices() {
            return slotsWithChoices;
        }
    }

    /** Joins phrases into one caption, dropping empty slots and turning "a" into "an" before a vowel. */
    static String join(List<String> phrases) {
        List<String> words = new ArrayList<>();
        for (String phrase : phrases) {
            for (String word : phrase.split(" ")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("a") && "aeiou".indexOf(words.get(i + 1).charAt(0)) >= 0) {
                words.set(i, "an");
            }
        }
        return String.join(" ", words);
    }
}
