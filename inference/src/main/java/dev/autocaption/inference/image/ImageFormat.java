package dev.autocaption.inference.image;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The encoded formats {@link ImageDecoder} reads, recognised by their leading magic bytes. */
enum ImageFormat {
    JPEG("JPEG"),
    PNG("PNG"),
    GIF("GIF"),
    BMP("BMP"),
    WEBP("WebP");

    /** For error messages: "JPEG, PNG, GIF, BMP, WebP". */
    static final String SUPPORTED = Arrays.stream(values())
            .map(ImageFormat::toString)
            .collect(Collectors.joining(", "));

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String displayName;

    ImageFormat(String displayName) {
        this.displayName = displayName;
    }

    /** The format whose signature starts {@code bytes}; empty when none matches. */
    static Optional<ImageFormat> sniff(byte[] bytes) {
        if (Magic.startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(JPEG);
        }
        if (Magic.startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (Magic.startsWithAscii(bytes, 0, "GIF87a") || Magic.startsWithAscii(bytes, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (isBmp(bytes)) {
            return Optional.of(BMP);
        }
        if (Magic.startsWithAscii(bytes, 0, "RIFF") && Magic.startsWithAscii(bytes, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** "BM" alone would also match text, so the DIB header size must be one that BMP versions define. */
    private static boolean isBmp(byte[] bytes) {
        if (bytes.length < 18 || !Magic.startsWithAscii(bytes, 0, "BM")) {
            return false;
        }
        int dibHeaderSize = (bytes[14] & 0xFF) | (bytes[15] & 0xFF) << 8 | (bytes[16] & 0xFF) << 16
                | (bytes[17] & 0xFF) << 24;
        return switch (dibHeaderSize) {
            case 12, 16, 40, 52, 56, 64, 108, 124 -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return displayName;
    }
}
