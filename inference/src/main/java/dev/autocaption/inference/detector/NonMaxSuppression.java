package dev.autocaption.inference.detector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy non-maximum suppression: highest score first, a box is dropped when its IoU with a kept box is above the
 * limit. Per class (NanoDet's {@code batched_nms}: only boxes with the same label suppress each other) or class
 * agnostic (one label per object, e.g. "cat" wins over "dog" on the same box).
 */
final class NonMaxSuppression {
    private static final Comparator<Detection> BEST_FIRST = Comparator.comparingDouble(Detection::score).reversed()
            .thenComparing(Detection::label);

    private NonMaxSuppression() {
    }

    static List<Detection> perClass(List<Detection> candidates, double maxIou, int maxKept) {
        return suppress(candidates, maxIou, maxKept, true);
    }

    static List<Detection> classAgnostic(List<Detection> candidates, double maxIou, int maxKept) {
        return suppress(candidates, maxIou, maxKept, false);
    }

    private static List<Detection> suppress(List<Detection> candidates, double maxIou, int maxKept,
                                            boolean perClass) {
        List<Detection> sorted = new ArrayList<>(candidates);
        sorted.sort(BEST_FIRST);
        List<Detection> kept = new ArrayList<>();
        for (Detection d : sorted) {
            if (kept.size() >= maxKept) {
                break;
            }
            if (kept.stream().noneMatch(k -> (!perClass || k.label().equals(d.label())) && k.iou(d) > maxIou)) {
                kept.add(d);
            }
        }
        return kept;
    }
}
