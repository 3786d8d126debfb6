package dev.autocaption.bot.connector.folder;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A description a person wrote into the image file itself, read with metadata-extractor: embedded XMP
 * {@code dc:description}, IPTC Caption-Abstract, or EXIF ImageDescription, in that order (the Metadata Working
 * Group's precedence).
 */
final class EmbeddedText {
    private EmbeddedText() {
    }

    /** The first non-blank description found, else empty. */
    static String read(Path file, FileContents contents) throws IOException, ImageProcessingException {
        Metadata metadata;
        try (InputStream in = new BufferedInputStream(contents.open(file))) {
            metadata = ImageMetadataReader.readMetadata(in);
        }
        for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            try {
                String text = XmpSidecar.description(xmp.getXMPMeta());
                if (!text.isBlank()) {
                    return text;
                }
            } catch (XMPException e) {
                throw new ImageProcessingException("embedded XMP of " + file + " is not valid: " + e.getMessage(), e);
            }
        }
        for (IptcDirectory iptc : metadata.getDirectoriesOfType(IptcDirectory.class)) {
            String caption = iptc.getString(IptcDirectory.TAG_CAPTION);
            if (caption != null && !caption.isBlank()) {
                return caption;
            }
        }
        for (ExifIFD0Directory exif : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            String description = exif.getString(ExifIFD0Directory.TAG_IMAGE_DESCRIPTION);
            if (description != null && !description.isBlank()) {
                return description;
            }
        }
        return "";
    }

    /**
     * Our marker in the file's embedded XMP ({@code embed: true} wrote it): present when our {@code status} is
     * {@code captioned}, holding the photo id we wrote beside it, or "" when there is none.
     */
    static Optional<String> ourPhotoId(Path file, FileContents contents) throws IOException, ImageProcessingException {
        Metadata metadata;
        try (InputStream in = new BufferedInputStream(contents.open(file))) {
            metadata = ImageMetadataReader.readMetadata(in);
        }
        for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            try {
                XMPMeta meta = xmp.getXMPMeta();
                if (XmpSidecar.CAPTIONED.equals(meta.getPropertyString(XmpSidecar.NAMESPACE, "status"))) {
                    String id = meta.getPropertyString(XmpSidecar.NAMESPACE, XmpSidecar.PHOTO_ID);
                    return Optional.of(id == null ? "" : id);
                }
            } catch (XMPException e) {
                throw new ImageProcessingException("embedded XMP of " + file + " is not valid: " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }
}
