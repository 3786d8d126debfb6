package dev.autocaption.inference.domain;

import java.io.IOException;
import java.nio.file.Path;

/** Checks a {@link DomainHeader}'s description of its data against what this version reads. Stateless. */
final class DomainHeaderCheck {
    private DomainHeaderCheck() {
    }

    /** @throws IOException naming the header, the field, what it holds and what it must hold */
    static void data(Path file, DomainHeader header) throws IOException {
        DomainHeader.Data data = header.data();
        if (!DomainFile.isFileNameOnly(data.file())) {
            throw new IOException(file + ": data.file must be the name of a file beside it (letters, digits, "
                    + "'.', '_', '-'), was " + data.file());
        }
        require(file, "dtype", DomainData.DTYPE, data.dtype());
        require(file, "byteOrder", DomainData.BYTE_ORDER, data.byteOrder());
        require(file, "layout", DomainData.LAYOUT, data.layout());
        long expected = DomainData.bytes(header.featureSize());
        if (data.bytes() != expected) {
            throw new IOException(file + ": data.bytes must be " + expected + " for " + header.featureSize()
                    + " features, was " + data.bytes());
        }
        if (data.sha256() == null || !data.sha256().matches("[0-9a-f]{64}")) {
            throw new IOException(file + ": data.sha256 must be 64 lower-case hex digits, was " + data.sha256());
        }
    }

    private static void require(Path file, String field, String expected, String found) throws IOException {
        if (!expected.equals(found)) {
            throw new IOException(file + ": data." + field + " must be " + expected + ", was " + found);
        }
    }
}
