package dev.autocaption.bot.connector.folder;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/** Real image files and sidecars for folder tests, made with ImageIO and written by hand as the tools write them. */
public final class PhotoFiles {
    private PhotoFiles() {
    }

    /** A small JPEG or PNG whose pixels depend on {@code seed}, so every seed is other content. */
    static byte[] image(String format, int seed) {
        return image(format, seed, 16);
    }

    /** A small image {@code width} pixels wide (the fake captioner answers by width). */
    public static byte[] image(String format, int seed, int width) {
        BufferedImage image = new BufferedImage(width, 12, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, (seed * 0x9E3779B1 + x * 0x010203 + y * 0x030201) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Path write(Path root, String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** A sidecar as darktable writes it: description in an rdf:Alt, darktable's own history beside it. */
    public static String darktable(String description) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 4.4.0-Exiv2">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:darktable="http://darktable.sf.net/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                   darktable:xmp_version="5"
                   darktable:raw_params="0"
                   darktable:history_end="2">
                   <darktable:history>
                    <rdf:Seq>
                     <rdf:li darktable:operation="exposure" darktable:enabled="1"/>
                     <rdf:li darktable:operation="colorin" darktable:enabled="1"/>
                    </rdf:Seq>
                   </darktable:history>
                %s  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                """.formatted(description == null ? "" : """
                   <dc:description>
                    <rdf:Alt>
                     <rdf:li xml:lang="x-default">%s</rdf:li>
                    </rdf:Alt>
                   </dc:description>
                """.formatted(description));
    }

    /** A sidecar as digiKam writes it: tags and a rating, no description. */
    static String digikam() {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 4.4.0-Exiv2">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:digiKam="http://www.digikam.org/ns/1.0/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                   xmp:Rating="4">
                   <digiKam:TagsList>
                    <rdf:Seq>
                     <rdf:li>Places/Beach</rdf:li>
                    </rdf:Seq>
                   </digiKam:TagsList>
                   <dc:subject>
                    <rdf:Bag>
                     <rdf:li>Beach</rdf:li>
                    </rdf:Bag>
                   </dc:subject>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """;
    }

    /** A sidecar as Lightroom Classic writes it: develop settings in crs, description in en-US and x-default. */
    static String lightroom(String description) {
        return """
                <x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.0-c000 1.000000, 0000/00/00-00:00:00">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                   crs:Version="15.0"
                   crs:Exposure2012="+0.35">
                %s  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                """.formatted(description == null ? "" : """
                   <dc:description>
                    <rdf:Alt>
                     <rdf:li xml:lang="x-default">%s</rdf:li>
                    </rdf:Alt>
                   </dc:description>
                """.formatted(description));
    }

    /** Counts every byte read through it. */
    static final class CountingContents implements FileContents {
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong opens = new AtomicLong();

        @Override
        public InputStream open(Path file) throws IOException {
            opens.incrementAndGet();
            InputStream in = Files.newInputStream(file);
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        bytes.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        bytes.addAndGet(n);
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }
    }
}
