package dev.autocaption.inference.checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A checkpoint on disk and the tensors it lists.
 *
 * @param prefix       the path without {@code .index}/{@code .data-…} suffixes (what TensorFlow's restore op takes)
 * @param format       V2 (index + data shards) or V1 (one file)
 * @param tensors      every listed tensor, in key order
 * @param missingFiles data shards the index refers to that are not on disk (empty when the checkpoint is complete)
 */
public record Checkpoint(Path prefix, CheckpointFormat format, List<TensorInfo> tensors, List<Path> missingFiles) {
    private static final Pattern SUFFIX = Pattern.compile("\\.(index|meta|data-\\d{5}-of-\\d{5})$");

    public Checkpoint {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(format, "format");
        tensors = List.copyOf(tensors);
        missingFiles = List.copyOf(missingFiles);
    }

    /**
     * Opens the checkpoint at {@code path}: a prefix, or one of its {@code .index}/{@code .data-…}/{@code .meta}
     * files. A V2 index is read in pure Java (the data file may be absent: see {@link #missingFiles()}); a V1 file is
     * listed with TensorFlow's checkpoint reader, which loads the natives.
     *
     * @throws CheckpointException when there is no checkpoint at the path, or it cannot be parsed
     */
    public static Checkpoint open(Path path) throws CheckpointException {
        Path prefix = prefixOf(path);
        Path index = sibling(prefix, ".index");
        if (Files.isRegularFile(index)) {
            IndexFile file = IndexFile.read(index);
            return new Checkpoint(prefix, CheckpointFormat.V2, file.tensors(), missingShards(prefix, file));
        }
        if (Files.isRegularFile(prefix)) {
            return new Checkpoint(prefix, CheckpointFormat.V1, NativeCheckpointReader.list(prefix), List.of());
        }
        throw new CheckpointException("no checkpoint at " + prefix + ": expected " + index.getFileName()
                + " with " + prefix.getFileName() + ".data-00000-of-00001 (V2), or a single V1 file "
                + prefix.getFileName());
    }

    /** The checkpoint prefix for a path that may name one of the checkpoint's files. */
    public static Path prefixOf(Path path) {
        String name = path.getFileName().toString();
        String stripped = SUFFIX.matcher(name).replaceFirst("");
        return stripped.equals(name) ? path : path.resolveSibling(stripped);
    }

    /**
     * Reads a float tensor from a complete V2 checkpoint without TensorFlow (for small tensors such as
     * {@code logits/biases}).
     *
     * @throws CheckpointException for a V1 file, a missing data file, or a tensor that is not there
     */
    public float[] readFloats(String name) throws CheckpointException {
        if (format != CheckpointFormat.V2 || !hasData()) {
            throw new CheckpointException("cannot read " + name + " without TensorFlow from " + prefix + " ("
                    + format + (hasData() ? "" : ", data missing") + ")");
        }
        return IndexFile.read(sibling(prefix, ".index")).readFloats(prefix, name);
    }

    /** Tensors by name. */
    public Map<String, TensorInfo> byName() {
        return tensors.stream().collect(Collectors.toMap(TensorInfo::name, Function.identity()));
    }

    /** Whether every data file is present, i.e. the weights can be restored. */
    public boolean hasData() {
        return missingFiles.isEmpty();
    }

    /** The file whose hash identifies these weights: the index for V2, the single file for V1. */
    public Path identityFile() {
        return format == CheckpointFormat.V2 ? sibling(prefix, ".index") : prefix;
    }

    /** Total number of float elements (parameters) listed. */
    public long parameterCount() {
        return tensors.stream().filter(t -> t.dtype().equals(TensorInfo.FLOAT)).mapToLong(TensorInfo::elements).sum();
    }

    private static List<Path> missingShards(Path prefix, IndexFile file) {
        List<Path> missing = new ArrayList<>();
        for (int shard = 0; shard < file.numShards(); shard++) {
            Path data = sibling(prefix, String.format(".data-%05d-of-%05d", shard, file.numShards()));
            if (!Files.isRegularFile(data)) {
                missing.add(data);
            }
        }
        return missing;
    }

    private static Path sibling(Path prefix, String suffix) {
        return prefix.resolveSibling(prefix.getFileName() + suffix);
    }
}
