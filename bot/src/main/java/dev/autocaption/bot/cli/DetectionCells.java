package dev.autocaption.bot.cli;

import dev.autocaption.store.DetectedObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How {@code history} and {@code queue} print what a detector saw: compact in tables, with boxes in CSV and JSON. */
final class DetectionCells {
    private DetectionCells() {
    }

    /** {@code cat 0.58, dog 0.31}; null when there are none (tables print "-"). */
    static String compact(List<DetectedObject> detections) {
        if (detections.isEmpty()) {
            return null;
        }
        return detections.stream().map(d -> String.format(Locale.ROOT, "%s %.2f", d.label(), d.score()))
                .collect(Collectors.joining(", "));
    }

    /** {@code cat 0.580 [x=4.5 y=3.3 w=441.0 h=293.0]; dog ...}: every field, for one CSV cell; null when none. */
    static String full(List<DetectedObject> detections) {
        if (detections.isEmpty()) {
            return null;
        }
        return detections.stream().map(d -> String.format(Locale.ROOT, "%s %.3f [x=%.1f y=%.1f w=%.1f h=%.1f]",
                d.label(), d.score(), d.x(), d.y(), d.width(), d.height())).collect(Collectors.joining("; "));
    }

    /** One JSON object per detection, as {@code caption --json} prints them: label, score, x, y, width, height. */
    static List<Map<String, Object>> json(List<DetectedObject> detections) {
        return detections.stream().map(d -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("label", d.label());
            node.put("score", d.score());
            node.put("x", d.x());
            node.put("y", d.y());
            node.put("width", d.width());
            node.put("height", d.height());
            return node;
        }).toList();
    }
}
