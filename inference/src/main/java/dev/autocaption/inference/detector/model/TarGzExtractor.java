package dev.autocaption.inference.detector.model;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Copies chosen entries out of a gzip-compressed tar file (ustar, with pax and GNU long names), as npm writes them.
 * Nothing else in the archive is written anywhere, so entry names cannot escape the target directory.
 */
final class TarGzExtractor {
    private static final int BLOCK = 512;

    private TarGzExtractor() {
    }

    /**
     * @param wanted tar entry path → destination file
     * @throws ModelFetchException when the archive is damaged or lacks one of the wanted entries
     */
    static void extract(Path tarGz, Map<String, Path> wanted) throws ModelFetchException {
        Map<String, Path> missing = new HashMap<>(wanted);
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tarGz)))) {
            String longName = null;
            byte[] header = new byte[BLOCK];
            while (readBlock(in, header) && !isZero(header)) {
                long size = parseOctal(header, 124, 12);
                char type = (char) header[156];
                String name = longName != null ? longName : headerName(header);
                longName = null;
                if (type == 'x' || type == 'L') {
                    longName = type == 'x' ? paxPath(readBytes(in, size)) : cString(readBytes(in, size));
                } else if (type == '0' || type == '\0') {
                    Path target = missing.remove(name);
                    copyOrSkip(in, size, target);
                } else {
                    skip(in, size);
                }
                skip(in, padding(size));
            }
        } catch (IOException e) {
            throw new ModelFetchException(tarGz + ": not a readable .tgz archive (" + e.getMessage() + ")", e);
        }
        if (!missing.isEmpty()) {
            throw new ModelFetchException(tarGz + ": the archive lacks " + new TreeSet<>(missing.keySet()));
        }
    }

    private static void copyOrSkip(InputStream in, long size, Path target) throws IOException {
        if (target == null) {
            skip(in, size);
            return;
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[1 << 16];
            long left = size;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new EOFException("archive ends inside " + target.getFileName());
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }

    private static String headerName(byte[] header) {
        String name = cString(slice(header, 0, 100));
        String prefix = cString(slice(header, 345, 155));
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** A pax record list: {@code "<len> key=value\n"}…; only {@code path} matters here. */
    private static String paxPath(byte[] records) {
        String text = new String(records, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && line.startsWith("path=", space + 1)) {
                return line.substring(space + 6);
            }
        }
        return null;
    }

    private static long parseOctal(byte[] header, int offset, int length) throws IOException {
        String text = cString(slice(header, offset, length)).trim();
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            throw new IOException("bad tar size field '" + text + "'", e);
        }
    }

    private static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) {
            return false;
        }
        if (n < BLOCK) {
            throw new EOFException("archive ends inside a header");
        }
        return true;
    }

    private static byte[] readBytes(InputStream in, long size) throws IOException {
        if (size > 1 << 20) {
            throw new IOException("extended header of " + size + " bytes");
        }
        byte[] bytes = in.readNBytes((int) size);
        if (bytes.length < size) {
            throw new EOFException("archive ends inside an extended header");
        }
        return bytes;
    }

    private static void skip(InputStream in, long size) throws IOException {
        in.skipNBytes(size);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] bytes, int offset, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, offset, out, 0, length);
        return out;
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
