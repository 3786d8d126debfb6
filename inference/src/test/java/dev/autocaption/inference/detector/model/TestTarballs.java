package dev.autocaption.inference.detector.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Writes small .tgz files the way npm does (ustar; names over 100 bytes get a pax header). */
final class TestTarballs {
    private TestTarballs() {
    }

    static void write(Path tgz, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (e.getKey().length() > 100) {
                    String record = " path=" + e.getKey() + "\n";
                    String sized = (record.length() + 3) + record;
                    entry(out, "PaxHeader/long", 'x', sized.getBytes(StandardCharsets.UTF_8));
                    entry(out, e.getKey().substring(0, 100), '0', e.getValue());
                } else {
                    entry(out, e.getKey(), '0', e.getValue());
                }
            }
            out.write(new byte[1024]);
        }
    }

    private static void entry(OutputStream out, String name, char type, byte[] body) throws IOException {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 124, String.format("%011o", body.length));
        put(header, 136, String.format("%011o", 0));
        header[156] = (byte) type;
        put(header, 257, "ustar");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum));
        out.write(header);
        out.write(body);
        out.write(new byte[(512 - body.length % 512) % 512]);
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }

    static byte[] gzipOf(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
