package dev.autocaption.bot.connector.folder;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.options.SerializeOptions;
import com.adobe.internal.xmp.properties.XMPProperty;
import dev.autocaption.bot.connector.CaptionWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;

/**
 * An XMP sidecar read and merged through Adobe XMPCore: {@code dc:description} (x-default) and our marker in our
 * own namespace. Everything else in an existing sidecar (darktable's history, Lightroom's develop settings,
 * digiKam's tags) is parsed and written back, never dropped.
 */
final class XmpSidecar {
    /**
     * Our namespace; its properties: {@code status} ({@code captioned}), {@code model}, {@code score},
     * {@code captionedAt} and {@code photoId} (the photo's id, so an embedded copy is recognised after a restart).
     */
    static final String NAMESPACE = "https://autocaption.dev/ns/xmp/1.0/";
    static final String CAPTIONED = "captioned";
    static final String PHOTO_ID = "photoId";

    static {
        try {
            XMPMetaFactory.getSchemaRegistry().registerNamespace(NAMESPACE, "autocaption");
        } catch (XMPException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * A sidecar as it is on disk.
     *
     * @param bytes       the file's bytes; null when there is no sidecar
     * @param description {@code dc:description}, empty when none
     * @param marked      whether our {@code status} is {@code captioned}
     */
    record Content(byte[] bytes, String description, boolean marked) {
        boolean exists() {
            return bytes != null;
        }
    }

    private XmpSidecar() {
    }

    /** Reads a sidecar; a missing one is an empty {@link Content}. */
    static Content read(Path sidecar, FileContents contents) throws IOException, XMPException {
        byte[] bytes;
        try {
            bytes = contents.readAll(sidecar);
        } catch (NoSuchFileException e) {
            return new Content(null, "", false);
        }
        XMPMeta meta = parse(bytes);
        return new Content(bytes, description(meta), CAPTIONED.equals(meta.getPropertyString(NAMESPACE, "status")));
    }

    /**
     * The sidecar's bytes with our description and marker merged in: status, time, the photo's id, and the model
     * and score when the caption has them (a person's edited text has neither; {@link #withModel} then names them).
     */
    static byte[] withCaption(byte[] existing, CaptionWrite caption, String photoId, Instant at)
            throws XMPException {
        XMPMeta meta = existing == null ? XMPMetaFactory.create() : parse(existing);
        meta.setLocalizedText(XMPConst.NS_DC, "description", "", XMPConst.X_DEFAULT, caption.text());
        meta.setProperty(NAMESPACE, "status", CAPTIONED);
        meta.setProperty(NAMESPACE, "captionedAt", at.toString());
        meta.setProperty(NAMESPACE, PHOTO_ID, photoId);
        if (caption.modelId() != null) {
            meta.setProperty(NAMESPACE, "model", caption.modelId());
        }
        if (caption.score() != null) {
            meta.setProperty(NAMESPACE, "score", String.format(Locale.ROOT, "%.4f", caption.score()));
        }
        return serialize(meta);
    }

    /** The sidecar's bytes with the model that wrote the caption. */
    static byte[] withModel(byte[] existing, String model) throws XMPException {
        XMPMeta meta = parse(existing);
        meta.setProperty(NAMESPACE, "model", model);
        return serialize(meta);
    }

    /** Our {@code model} property, or null. */
    static String model(byte[] sidecar) throws XMPException {
        return parse(sidecar).getPropertyString(NAMESPACE, "model");
    }

    /** The text of {@code dc:description} (x-default, else its first language), empty when none. */
    static String description(XMPMeta meta) throws XMPException {
        XMPProperty property = meta.getLocalizedText(XMPConst.NS_DC, "description", "", XMPConst.X_DEFAULT);
        return property == null || property.getValue() == null ? "" : property.getValue();
    }

    /** Replaces the file in one step: a reader sees the old sidecar or the new one, never half of one. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".autocaption-tmp");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static XMPMeta parse(byte[] bytes) throws XMPException {
        return bytes.length == 0 ? XMPMetaFactory.create() : XMPMetaFactory.parseFromBuffer(bytes);
    }

    private static byte[] serialize(XMPMeta meta) throws XMPException {
        return XMPMetaFactory.serializeToBuffer(meta, new SerializeOptions(SerializeOptions.OMIT_PACKET_WRAPPER));
    }
}
