package dev.autocaption.bot.connector.folder;

import com.adobe.internal.xmp.XMPException;
import dev.autocaption.bot.connector.CaptionWrite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcBlock;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Writes a description into a JPEG file itself ({@code embed: true}), in the three places the Metadata Working
 * Group keeps in sync: XMP {@code dc:description} (merged into the embedded packet, with our marker), IPTC
 * Caption-Abstract and EXIF ImageDescription. Only metadata segments are rewritten; the compressed image data is
 * copied as it is, so the decoded pixels do not change.
 */
final class EmbeddedWriter {
    private EmbeddedWriter() {
    }

    /** True for the files this writer handles: JPEG. Other formats keep their description in the sidecar only. */
    static boolean handles(String path) {
        String extension = FolderScanner.extension(path);
        return extension.equals("jpg") || extension.equals("jpeg");
    }

    /** The JPEG's bytes with the description embedded, and our marker (with the photo's id) in its XMP. */
    static byte[] embed(byte[] jpeg, CaptionWrite caption, String photoId, Instant at)
            throws IOException, XMPException {
        byte[] withXmp = xmp(jpeg, caption, photoId, at);
        byte[] withExif = exif(withXmp, caption.text());
        return iptc(withExif, caption.text());
    }

    private static byte[] xmp(byte[] jpeg, CaptionWrite caption, String photoId, Instant at)
            throws IOException, XMPException {
        String existing = Imaging.getXmpXml(jpeg);
        byte[] packet = XmpSidecar.withCaption(existing == null ? null : existing.getBytes(StandardCharsets.UTF_8),
                caption, photoId, at);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + packet.length + 64);
        new JpegXmpRewriter().updateXmpXml(jpeg, out, new String(packet, StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] exif(byte[] jpeg, String text) throws IOException {
        TiffImageMetadata exif = jpegMetadata(jpeg) == null ? null : jpegMetadata(jpeg).getExif();
        TiffOutputSet set = exif == null ? new TiffOutputSet() : exif.getOutputSet();
        TiffOutputDirectory root = set.getOrCreateRootDirectory();
        root.removeField(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION);
        root.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, text);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 256);
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, set);
        return out.toByteArray();
    }

    private static byte[] iptc(byte[] jpeg, String text) throws IOException {
        JpegImageMetadata metadata = jpegMetadata(jpeg);
        List<IptcRecord> records = new ArrayList<>();
        List<IptcBlock> blocks = new ArrayList<>();
        if (metadata != null && metadata.getPhotoshop() != null) {
            PhotoshopApp13Data existing = metadata.getPhotoshop().photoshopApp13Data;
            existing.getRecords().stream().filter(r -> r.iptcType != IptcTypes.CAPTION_ABSTRACT).forEach(records::add);
            blocks.addAll(existing.getNonIptcBlocks());
        }
        records.add(new IptcRecord(IptcTypes.CAPTION_ABSTRACT, text));
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 256);
        new JpegIptcRewriter().writeIptc(jpeg, out, new PhotoshopApp13Data(records, blocks, true));
        return out.toByteArray();
    }

    private static JpegImageMetadata jpegMetadata(byte[] jpeg) throws IOException {
        try {
            ImageMetadata metadata = Imaging.getMetadata(jpeg);
            return metadata instanceof JpegImageMetadata j ? j : null;
        } catch (ImagingException e) {
            throw new IOException("cannot read the JPEG's metadata: " + e.getMessage(), e);
        }
    }
}
