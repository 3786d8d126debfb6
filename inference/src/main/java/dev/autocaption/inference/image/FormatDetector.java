package dev.autocaption.inference.image;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells which {@link ImageFormat} some bytes are, or explains what they are instead: nothing, an HTML error page,
 * a format we don't read (TIFF, HEIC, AVIF, PDF, SVG), text, or unknown binary.
 *
 * <p>Messages never quote the input's text: an error page may echo a request URL, and URLs can carry tokens.
 */
final class FormatDetector {
    private static final int TEXT_PROBE_BYTES = 1024;
    private static final int HEX_PREFIX_BYTES = 8;

    private FormatDetector() {
    }

    static ImageFormat detect(String name, byte[] bytes) throws ImageDecodingException {
        if (bytes.length == 0) {
            throw new ImageDecodingException(name + ": 0 bytes, not an image");
        }
        Optional<ImageFormat> format = ImageFormat.sniff(bytes);
        if (format.isPresent()) {
            return format.get();
        }
        Optional<String> unsupported = unsupportedImageFormat(bytes);
        if (unsupported.isPresent()) {
            throw new ImageDecodingException(name + ": " + unsupported.get() + " images are not supported ("
                    + bytes.length + " bytes); supported formats: " + ImageFormat.SUPPORTED);
        }
        Optional<String> text = textKind(bytes);
        if (text.isPresent()) {
            throw new ImageDecodingException(name + ": looks like " + text.get() + ", not an image ("
                    + bytes.length + " bytes)");
        }
        throw new ImageDecodingException(name + ": unknown image format (" + bytes.length + " bytes starting "
                + hexPrefix(bytes) + "); supported formats: " + ImageFormat.SUPPORTED);
    }

    private static Optional<String> unsupportedImageFormat(byte[] bytes) {
        if (Magic.startsWithAscii(bytes, 0, "II*\0") || Magic.startsWithAscii(bytes, 0, "MM\0*")) {
            return Optional.of("TIFF");
        }
        if (Magic.startsWithAscii(bytes, 0, "%PDF")) {
            return Optional.of("PDF");
        }
        if (Magic.startsWithAscii(bytes, 4, "ftyp")) {
            return isoMediaImage(bytes);
        }
        if (probe(bytes).contains("<svg")) {
            return Optional.of("SVG");
        }
        return Optional.empty();
    }

    /** ISO base media files ("ftyp" box first) are images only for the HEIF family of brands. */
    private static Optional<String> isoMediaImage(byte[] bytes) {
        if (Magic.startsWithAscii(bytes, 8, "avif") || Magic.startsWithAscii(bytes, 8, "avis")) {
            return Optional.of("AVIF");
        }
        for (String brand : new String[] {"heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"}) {
            if (Magic.startsWithAscii(bytes, 8, brand)) {
                return Optional.of("HEIC/HEIF");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> textKind(byte[] bytes) {
        String probe = probe(bytes).strip();
        if (probe.startsWith("<")) {
            boolean html = probe.startsWith("<!doctype html") || probe.contains("<html") || probe.contains("<head")
                    || probe.contains("<body") || probe.contains("<title");
            return Optional.of(html ? "HTML" : "XML");
        }
        if (!isText(bytes)) {
            return Optional.empty();
        }
        return Optional.of(probe.startsWith("{") || probe.startsWith("[") ? "JSON" : "text");
    }

    /** The first bytes as lower-case text, without a UTF-8 byte order mark. */
    private static String probe(byte[] bytes) {
        int start = Magic.startsWith(bytes, 0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF) ? 3 : 0;
        int length = Math.max(0, Math.min(bytes.length, TEXT_PROBE_BYTES) - start);
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    /** No control characters other than tab, CR, LF in the probed prefix (UTF-8 multibyte bytes pass). */
    private static boolean isText(byte[] bytes) {
        int end = Math.min(bytes.length, TEXT_PROBE_BYTES);
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String hexPrefix(byte[] bytes) {
        int length = Math.min(bytes.length, HEX_PREFIX_BYTES);
        return HexFormat.ofDelimiter(" ").formatHex(bytes, 0, length);
    }
}
