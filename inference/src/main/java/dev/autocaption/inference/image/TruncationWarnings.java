package dev.autocaption.inference.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Collects the reader warnings that mean pixel data is missing. The JPEG decoders report truncation only as
 * warnings: libjpeg's "Premature end of JPEG file" and "Corrupt JPEG data: premature end of data segment", and
 * TwelveMonkeys' "Truncated File - Missing EOI marker". Matching their text is the only signal ImageIO gives; the
 * tests pin it for the library versions in the parent pom. One instance per read; not thread-safe.
 */
final class TruncationWarnings implements IIOReadWarningListener {
    private final List<String> seen = new ArrayList<>();

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        String lower = warning.toLowerCase(Locale.ROOT);
        if (lower.contains("premature end") || lower.contains("missing eoi") || lower.contains("truncated")) {
            seen.add(warning);
        }
    }

    void check(String name, ImageFormat format) throws ImageDecodingException {
        if (!seen.isEmpty()) {
            throw new ImageDecodingException(name + ": truncated or corrupt " + format + " (" + String.join("; ", seen)
                    + ")");
        }
    }
}
