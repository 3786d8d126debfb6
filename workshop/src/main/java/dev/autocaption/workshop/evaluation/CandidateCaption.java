package dev.autocaption.workshop.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One image's generated caption and its reference captions, as given to the scorers (raw text; the scorers
 * tokenize with {@link CaptionTokenizer}).
 *
 * @param imageId    names the image in reports
 * @param candidate  the caption a model produced (may be empty)
 * @param references at least one
 */
public record CandidateCaption(String imageId, String candidate, List<String> references) {
    public CandidateCaption {
        Objects.requireNonNull(imageId, "imageId");
        Objects.requireNonNull(candidate, "candidate");
        references = List.copyOf(references);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("image " + imageId + " needs at least one reference caption");
        }
    }
}
