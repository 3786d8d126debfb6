package dev.autocaption.inference.detector;

import dev.autocaption.inference.Detection;

import dev.autocaption.inference.Caption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facebook-style alternative text from detections: "May be an image of 2 people, a dog and a frisbee."
 * <ul>
 *   <li>class-agnostic NMS (IoU 0.6) first, so one object gets one label;</li>
 *   <li>only detections scoring at least the threshold count;</li>
 *   <li>equal labels are counted: "a dog", "2 dogs", "1 person", "2 people", and "a group of people" from 5;</li>
 *   <li>labels are ordered by the summed area of their boxes, largest first, and joined "A, B and C";</li>
 *   <li>the caption's score is the mean score of the detections it mentions (so at least the threshold).</li>
 * </ul>
 * No caption when nothing reaches the threshold. Pure and thread-safe.
 */
final class DetectionCaption {
    /** The default caption threshold (the spec's measured value for NanoDet). */
    public static final double DEFAULT_THRESHOLD = 0.5;
    static final double SAME_OBJECT_IOU = 0.6;
    static final int GROUP_OF_PEOPLE = 5;
    private static final String PREFIX = "May be an image of ";

    private static final Map<String, String> PLURALS = Map.of("person", "people", "knife", "knives",
            "mouse", "mice", "sheep", "sheep", "tv", "TVs");
    private static final Map<String, String> SINGULAR_SPELLING = Map.of("tv", "TV");
    private static final List<String> PAIRS = List.of("skis", "scissors");
    private static final List<String> UNCOUNTED = List.of("broccoli");

    private final double threshold;

    /** @param threshold detections below this are not mentioned, in [0, 1] */
    public DetectionCaption(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** The caption for these detections, or empty when none reaches the threshold. */
    public Optional<Caption> describe(List<Detection> detections) {
        List<Detection> mentioned = NonMaxSuppression.classAgnostic(detections, SAME_OBJECT_IOU, Integer.MAX_VALUE)
                .stream().filter(d -> d.score() >= threshold).toList();
        if (mentioned.isEmpty()) {
            return Optional.empty();
        }
        String text = PREFIX + join(phrases(mentioned)) + ".";
        double score = mentioned.stream().mapToDouble(Detection::score).average().orElseThrow();
        List<String> tokens = Arrays.asList(text.substring(0, text.length() - 1).replace(",", "").split(" "));
        return Optional.of(new Caption(text, tokens, Math.log(score), score, score));
    }

    private static List<String> phrases(List<Detection> mentioned) {
        Map<String, List<Detection>> byLabel = new LinkedHashMap<>();
        mentioned.forEach(d -> byLabel.computeIfAbsent(d.label(), k -> new ArrayList<>()).add(d));
        return byLabel.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Detection>> e) -> -area(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> phrase(e.getKey(), e.getValue().size()))
                .toList();
    }

    private static double area(List<Detection> detections) {
        return detections.stream().mapToDouble(Detection::area).sum();
    }

    /** "a dog", "an apple", "2 dogs", "1 person", "2 people", "a group of people", "a pair of skis". */
    static String phrase(String label, int count) {
        if (label.equals("person")) {
            return count >= GROUP_OF_PEOPLE ? "a group of people" : count == 1 ? "1 person" : count + " people";
        }
        if (UNCOUNTED.contains(label)) {
            return label;
        }
        if (PAIRS.contains(label)) {
            return count == 1 ? "a pair of " + label : count + " pairs of " + label;
        }
        if (count > 1) {
            return count + " " + plural(label);
        }
        String singular = SINGULAR_SPELLING.getOrDefault(label, label);
        return (startsWithVowel(singular) ? "an " : "a ") + singular;
    }

    static String plural(String label) {
        String irregular = PLURALS.get(label);
        if (irregular != null) {
            return irregular;
        }
        if (label.endsWith("s") || label.endsWith("sh") || label.endsWith("ch") || label.endsWith("x")) {
            return label + "es";
        }
        return label + "s";
    }

    private static boolean startsWithVowel(String word) {
        return "aeiouAEIOU".indexOf(word.charAt(0)) >= 0;
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> phrases) {
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
    }
}
