package dev.autocaption.config;

import java.util.Collection;
import java.util.Locale;

/**
 * Finds the allowed word a misspelt one was meant to be, for "did you mean" hints: config keys here, and the
 * decision words of the approvals file in the bot. Compares after turning {@code camelCase} and
 * {@code snake_case} into lower-case kebab-case, by optimal string alignment distance (a swap of two neighbouring
 * letters counts as one edit, so {@code api-secert} is one edit from {@code api-secret}). Stateless.
 */
public final class ClosestKey {
    private ClosestKey() {
    }

    /**
     * The closest candidate within a small distance (1 edit for words of up to 4 letters, 2 up to 8, else 3), or
     * null when none is close enough. Candidates are expected in lower-case kebab-case.
     */
    public static String among(String key, Collection<String> candidates) {
        String normalized = normalize(key);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(normalized, candidate);
            if (distance < bestDistance && distance <= tolerance(candidate)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    static String normalize(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static int tolerance(String candidate) {
        return candidate.length() <= 4 ? 1 : candidate.length() <= 8 ? 2 : 3;
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
