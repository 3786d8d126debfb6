package dev.autocaption.inference.checkpoint;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.proto.BundleEntryProto;
import org.tensorflow.proto.BundleHeaderProto;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.TensorShapeProto;

/**
 * Reads a V2 checkpoint's {@code .index} file in pure Java: a LevelDB-style table whose empty key holds the
 * {@link BundleHeaderProto} and whose other keys map tensor names to {@link BundleEntryProto}s. Needs neither the
 * data file nor the TensorFlow natives, so a model can be inspected from its index alone.
 */
final class IndexFile {
    private static final long TABLE_MAGIC = 0xdb4775248b80fb57L;
    private static final int FOOTER_LENGTH = 48;

    private final int numShards;
    private final List<TensorInfo> tensors;
    private final Map<String, BundleEntryProto> entries;

    private IndexFile(int numShards, List<TensorInfo> tensors, Map<String, BundleEntryProto> entries) {
        this.numShards = numShards;
        this.tensors = List.copyOf(tensors);
        this.entries = Map.copyOf(entries);
    }

    /** Parses {@code index}; every structural problem becomes a {@link CheckpointException} naming the file. */
    public static IndexFile read(Path index) throws CheckpointException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(index);
        } catch (IOException e) {
            throw new CheckpointException("cannot read checkpoint index " + index + ": " + e.getMessage(), e);
        }
        try {
            return parse(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        } catch (RuntimeException | InvalidProtocolBufferException e) {
            throw new CheckpointException("checkpoint index " + index + " (" + bytes.length
                    + " bytes) is not a TensorFlow V2 tensor-bundle index: " + e.getMessage(), e);
        }
    }

    /** Number of data shards the header declares ({@code PREFIX.data-00000-of-0000N}). */
    public int numShards() {
        return numShards;
    }

    /** Tensors in key order. */
    public List<TensorInfo> tensors() {
        return tensors;
    }

    private static IndexFile parse(ByteBuffer file) throws InvalidProtocolBufferException {
        if (file.limit() < FOOTER_LENGTH || file.getLong(file.limit() - 8) != TABLE_MAGIC) {
            throw new IllegalArgumentException("no table magic number at the end");
        }
        ByteBuffer footer = file.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(file.limit() - FOOTER_LENGTH);
        readVarint(footer);
        readVarint(footer);
        long indexOffset = readVarint(footer);
        long indexSize = readVarint(footer);
        int shards = -1;
        List<TensorInfo> tensors = new ArrayList<>();
        Map<String, BundleEntryProto> entries = new HashMap<>();
        for (byte[][] handle : block(file, indexOffset, indexSize)) {
            ByteBuffer h = ByteBuffer.wrap(handle[1]);
            for (byte[][] entry : block(file, readVarint(h), readVarint(h))) {
                if (entry[0].length == 0) {
                    shards = BundleHeaderProto.parseFrom(entry[1]).getNumShards();
                } else {
                    String name = new String(entry[0], StandardCharsets.UTF_8);
                    BundleEntryProto proto = BundleEntryProto.parseFrom(entry[1]);
                    tensors.add(toInfo(name, proto));
                    entries.put(name, proto);
                }
            }
        }
        if (shards < 0) {
            throw new IllegalArgumentException("no bundle header entry");
        }
        return new IndexFile(shards, tensors, entries);
    }

    /**
     * Reads a float32 tensor straight from its data shard (little-endian, as TensorFlow writes on x86 and ARM), without
     * TensorFlow. Meant for small tensors such as {@code logits/biases}.
     *
     * @throws CheckpointException when the tensor is not listed, not float32, or the shard cannot be read
     */
    public float[] readFloats(Path prefix, String name) throws CheckpointException {
        BundleEntryProto entry = entries.get(name);
        if (entry == null || entry.getDtype() != DataType.DT_FLOAT) {
            throw new CheckpointException(prefix + " has no float tensor " + name);
        }
        Path shard = prefix.resolveSibling(String.format("%s.data-%05d-of-%05d", prefix.getFileName(),
                entry.getShardId(), numShards));
        ByteBuffer bytes = ByteBuffer.allocate((int) entry.getSize()).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel channel = FileChannel.open(shard)) {
            while (bytes.hasRemaining() && channel.read(bytes, entry.getOffset() + bytes.position()) > 0) {
                // read until the tensor's bytes are all in
            }
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + name + " from " + shard + ": " + e.getMessage(), e);
        }
        if (bytes.hasRemaining()) {
            throw new CheckpointException(shard + " ends inside tensor " + name + " (offset " + entry.getOffset()
                    + ", size " + entry.getSize() + ")");
        }
        float[] out = new float[(int) (entry.getSize() / 4)];
        bytes.flip();
        bytes.asFloatBuffer().get(out);
        return out;
    }

    private static TensorInfo toInfo(String name, BundleEntryProto entry) {
        TensorShapeProto shape = entry.getShape();
        List<Long> dims = new ArrayList<>(shape.getDimCount());
        for (int i = 0; i < shape.getDimCount(); i++) {
            dims.add(shape.getDim(i).getSize());
        }
        return new TensorInfo(name, entry.getDtype().name().replaceFirst("^DT_", ""), dims);
    }

    /** Entries of one uncompressed block (TensorFlow writes index blocks without compression). */
    private static List<byte[][]> block(ByteBuffer file, long offset, long size) {
        if (offset < 0 || size < 4 || offset + size + 5 > file.limit()) {
            throw new IllegalArgumentException("block handle " + offset + "+" + size + " outside the file");
        }
        if (file.get((int) (offset + size)) != 0) {
            throw new IllegalArgumentException("compressed block at " + offset + " (not supported)");
        }
        ByteBuffer b = file.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int restarts = b.getInt((int) (offset + size - 4));
        int end = (int) (offset + size - 4 - 4L * restarts);
        b.position((int) offset);
        List<byte[][]> out = new ArrayList<>();
        byte[] last = new byte[0];
        while (b.position() < end) {
            int shared = (int) readVarint(b);
            int nonShared = (int) readVarint(b);
            int valueLength = (int) readVarint(b);
            byte[] key = Arrays.copyOf(last, shared + nonShared);
            b.get(key, shared, nonShared);
            byte[] value = new byte[valueLength];
            b.get(value);
            out.add(new byte[][] {key, value});
            last = key;
        }
        return out;
    }

    private static long readVarint(ByteBuffer b) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte x = b.get();
            result |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("varint longer than 10 bytes at " + b.position());
    }
}
