package dev.autocaption.workshop.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sets the in-domain score distribution beside out-of-domain ones, with and without the familiarity factor, as a
 * text table. Separation is the AUROC {@code P(in-domain score > out-of-domain score)} (ties count half): 0.5 means
 * the score cannot tell the sets apart, 1.0 that every in-domain image outscores every other one. Stateless.
 */
public final class DomainComparison {
    private DomainComparison() {
    }

    /** The table: one row per set, {@code inDomain} first, then {@code outOfDomain}, then all of those together. */
    public static String format(ScoredSet inDomain, List<ScoredSet> outOfDomain) {
        List<ScoredSet> rows = new ArrayList<>();
        rows.add(inDomain);
        rows.addAll(outOfDomain);
        if (outOfDomain.size() > 1) {
            rows.add(ScoredSet.union("all out of domain", outOfDomain));
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%-20s %5s | %-29s | %-29s | %-11s | %s%n", "caption score", "n", "with familiarity: mean p10 p50 p90",
                "without: mean p10 p50 p90", "familiarity", "separation from " + inDomain.name() + " (with / without)"));
        for (ScoredSet row : rows) {
            text.append(String.format(Locale.ROOT, "%-20s %5d | %s | %s | %s | %s%n", row.name(),
                    row.scores().count(), quartet(row.scores()), quartet(row.unguarded()), familiarity(row),
                    row == inDomain ? "" : String.format(Locale.ROOT, "%.3f / %.3f",
                            inDomain.scores().probabilityAbove(row.scores()),
                            inDomain.unguarded().probabilityAbove(row.unguarded()))));
        }
        return text.toString();
    }

    private static String quartet(ScoreDistribution d) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f %.3f        ", d.mean(), d.percentile(10), d.percentile(50),
                d.percentile(90)).substring(0, 29);
    }

    private static String familiarity(ScoredSet set) {
        return set.familiarity() == null ? "not measured"
                : String.format(Locale.ROOT, "mean %.3f ", set.familiarity().mean()).substring(0, 11);
    }
}
