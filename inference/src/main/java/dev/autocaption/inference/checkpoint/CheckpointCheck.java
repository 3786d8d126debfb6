package dev.autocaption.inference.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The result of comparing a checkpoint with the tensors an architecture needs: every problem at once.
 *
 * @param naming     the LSTM naming family the checkpoint uses; null when it has no LSTM kernel under any spelling
 * @param missing    needed tensors the checkpoint lacks (with the expected shape)
 * @param unexpected checkpoint tensors the architecture does not use ({@code global_step} is always allowed)
 * @param misShaped  tensors present under the right name but with another shape or dtype
 */
public record CheckpointCheck(LstmNaming naming, List<String> missing, List<String> unexpected,
        List<String> misShaped) {
    private static final Set<String> IGNORED = Set.of("global_step");

    public CheckpointCheck {
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        misShaped = List.copyOf(misShaped);
    }

    /**
     * Compares {@code checkpoint} with {@code expected}, whose LSTM kernel and bias are spelled in
     * {@link LstmNaming#TF_1_2}; the checkpoint may use any family.
     */
    public static CheckpointCheck of(List<TensorInfo> checkpoint, List<TensorInfo> expected) {
        Map<String, TensorInfo> present = new java.util.LinkedHashMap<>();
        checkpoint.forEach(t -> present.put(t.name(), t));
        LstmNaming naming = LstmNaming.detect(present.keySet()).orElse(null);
        LstmNaming keys = naming == null ? LstmNaming.TF_1_0 : naming;
        List<String> missing = new ArrayList<>();
        List<String> misShaped = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>(IGNORED);
        for (TensorInfo want : expected) {
            String key = keyFor(want.name(), keys);
            used.add(key);
            TensorInfo have = present.get(key);
            if (have == null) {
                missing.add(describeMissing(key, want, naming));
            } else if (!have.shape().equals(want.shape()) || !have.dtype().equals(want.dtype())) {
                misShaped.add(key + " is " + have.dtype() + " " + have.shapeText() + ", expected " + want.dtype()
                        + " " + want.shapeText());
            }
        }
        List<String> unexpected = present.values().stream().filter(t -> !used.contains(t.name()))
                .map(t -> t.name() + " " + t.shapeText()).toList();
        return new CheckpointCheck(naming, missing, unexpected, misShaped);
    }

    /** The checkpoint key for an expected (TF ≥ 1.2 spelled) name under {@code naming}. */
    public static String keyFor(String name, LstmNaming naming) {
        Objects.requireNonNull(naming, "naming");
        if (name.equals(LstmNaming.TF_1_2.kernel())) {
            return naming.kernel();
        }
        return name.equals(LstmNaming.TF_1_2.bias()) ? naming.bias() : name;
    }

    private static String describeMissing(String key, TensorInfo want, LstmNaming naming) {
        boolean lstm = LstmNaming.isLstmKey(key);
        String alternatives = lstm && naming == null ? " (no LSTM tensor under any of the TF 0.12 / 1.0 / 1.2 names)"
                : "";
        return key + " " + want.shapeText() + alternatives;
    }

    public boolean compatible() {
        return missing.isEmpty() && unexpected.isEmpty() && misShaped.isEmpty();
    }

    /** One line per problem, grouped; empty when compatible. */
    public String problems() {
        StringBuilder out = new StringBuilder();
        append(out, "missing", missing);
        append(out, "unexpected", unexpected);
        append(out, "mis-shaped", misShaped);
        return out.toString().stripTrailing();
    }

    private static void append(StringBuilder out, String label, List<String> items) {
        if (!items.isEmpty()) {
            out.append(items.size()).append(' ').append(label).append(":\n");
            items.forEach(i -> out.append("  ").append(i).append('\n'));
        }
    }
}
