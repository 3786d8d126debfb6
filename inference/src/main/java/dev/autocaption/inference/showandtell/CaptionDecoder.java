package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.Caption;
import dev.autocaption.inference.beam.Hypothesis;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns beam-search hypotheses into {@link Caption}s: tokens without the start and end words, a clean sentence
 * (punctuation and clitics attached, first letter capitalised, single spaces, final period), {@code p =
 * exp(logprob)} and the geometric-mean word probability as the score. Pure Java, stateless, thread-safe.
 */
final class CaptionDecoder {
    private static final Set<String> ATTACHED = Set.of(".", ",", "!", "?", ";", ":", "'s", "'", "n't", "'re",
            "'m", "'ve", "'d", "'ll");

    private final Vocabulary vocabulary;

    public CaptionDecoder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Caption caption(Hypothesis hypothesis) {
        List<String> tokens = new ArrayList<>();
        int[] sentence = hypothesis.sentence();
        for (int i = 1; i < sentence.length; i++) {
            if (sentence[i] != vocabulary.endId() && sentence[i] != vocabulary.startId()) {
                tokens.add(vocabulary.word(sentence[i]));
            }
        }
        double logp = hypothesis.logProbability();
        double score = Math.min(1.0, Math.max(0.0, hypothesis.geometricMeanProbability()));
        return new Caption(sentence(tokens), tokens, logp, Math.min(1.0, Math.exp(logp)), score);
    }

    /** {@code [a, man, 's, hat, .]} → {@code "A man's hat."}. */
    public static String sentence(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            if (token.isBlank()) {
                continue;
            }
            if (out.length() > 0 && !ATTACHED.contains(token)) {
                out.append(' ');
            }
            out.append(token.strip());
        }
        String text = out.toString().replaceAll("[\\s,;:]+$", "");
        if (text.isEmpty()) {
            return "";
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }
}
