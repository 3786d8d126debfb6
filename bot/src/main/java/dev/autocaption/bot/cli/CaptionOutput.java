package dev.autocaption.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints caption results as im2txt-style text or as the {@code --json} array. Candidates are numbered from 1,
 * best-scored first, as {@code queue} and {@code approve RANK} number them.
 */
final class CaptionOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final int top;

    CaptionOutput(PrintWriter out, int top) {
        this.out = out;
        this.top = top;
    }

    void text(List<CaptionResult> results) {
        for (CaptionResult result : results) {
            if (result.failed()) {
                out.println(result.imageId() + ": error: " + error(result));
                continue;
            }
            out.println("Captions for image " + result.imageId() + ":" + (result.familiarity() == null ? ""
                    : String.format(Locale.ROOT, " (familiarity %.4f, domain distance %.2f; scores include it)",
                    result.familiarity().value(), result.familiarity().distance())));
            List<Caption> captions = result.captions();
            if (captions.isEmpty()) {
                out.println("  (nothing recognised with enough confidence)");
            }
            for (int i = 0; i < Math.min(top, captions.size()); i++) {
                Caption c = captions.get(i);
                out.println(String.format(Locale.ROOT, "  %d) %s (p=%f, score=%.4f)", i + 1, c.text(), c.probability(),
                        c.score()));
            }
        }
        out.flush();
    }

    /** The error without the image's name in front, which the output shows once already. */
    private static String error(CaptionResult result) {
        String prefix = result.imageId() + ": ";
        return result.error().startsWith(prefix) ? result.error().substring(prefix.length()) : result.error();
    }

    void json(List<CaptionResult> results) {
        ArrayNode array = JSON.createArrayNode();
        for (CaptionResult result : results) {
            ObjectNode image = array.addObject().put("image", result.imageId());
            ArrayNode captions = image.putArray("captions");
            for (int i = 0; i < Math.min(top, result.captions().size()); i++) {
                Caption c = result.captions().get(i);
                ObjectNode node = captions.addObject().put("rank", i + 1).put("text", c.text())
                        .put("p", c.probability()).put("score", c.score()).put("logprob", c.logProbability());
                c.tokens().forEach(node.putArray("tokens")::add);
            }
            image.put("error", result.failed() ? error(result) : null);
            if (result.familiarity() != null) {
                image.put("familiarity", result.familiarity().value());
                image.put("domainDistance", result.familiarity().distance());
            }
            if (!result.detections().isEmpty()) {
                ArrayNode detections = image.putArray("detections");
                result.detections().forEach(d -> detections.addObject().put("label", d.label())
                        .put("score", d.score()).put("x", d.x()).put("y", d.y()).put("width", d.width())
                        .put("height", d.height()));
            }
        }
        try {
            out.println(JSON.writeValueAsString(array));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write caption JSON", e);
        }
        out.flush();
    }
}
