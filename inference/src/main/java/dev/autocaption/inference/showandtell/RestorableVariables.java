package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.checkpoint.CheckpointCheck;
import dev.autocaption.inference.checkpoint.LstmNaming;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.Restore;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TString;
import org.tensorflow.types.family.TType;

/**
 * Inference variables named exactly like the checkpoint keys ({@code InceptionV3/Conv2d_1a_3x3/weights}), and the
 * ops that fill them: one {@code RestoreV2} for all of them (which reads V2 bundles and falls back to V1 files), or
 * an initialiser per variable. Not thread-safe; used while a graph is being built.
 */
final class RestorableVariables implements VariableFactory {
    private final Ops tf;
    private final Map<String, Output<TFloat32>> variables = new LinkedHashMap<>();
    private final Graph graph;

    /** @param tf ops on a {@link Graph} (not eager) */
    public RestorableVariables(Ops tf) {
        if (!(tf.scope().env() instanceof Graph g)) {
            throw new IllegalArgumentException("variables need a Graph, got " + tf.scope().env());
        }
        this.tf = tf;
        this.graph = g;
    }

    /**
     * Creates a {@code VariableV2} op named exactly {@code name}. The op is built directly on the graph, not through
     * {@code Ops.withSubScope}: TF Java re-reads every op name in the graph for each new sub-scope, which made
     * building the 383-variable im2txt graph quadratic (seconds instead of tens of milliseconds).
     */
    @Override
    public Operand<TFloat32> variable(String name, Shape shape) {
        Output<TFloat32> existing = variables.get(name);
        if (existing != null) {
            if (!existing.shape().equals(shape)) {
                throw new IllegalStateException("variable " + name + " exists with shape " + existing.shape()
                        + ", asked again with " + shape);
            }
            return existing;
        }
        GraphOperation op = graph.opBuilder("VariableV2", name, graph.baseScope())
                .setAttr("shape", shape)
                .setAttr("dtype", DataType.DT_FLOAT)
                .build();
        Output<TFloat32> variable = op.output(0);
        variables.put(name, variable);
        return variable;
    }

    /** Names in creation order. */
    public List<String> names() {
        return List.copyOf(variables.keySet());
    }

    /**
     * One op that restores every variable from the checkpoint at {@code prefix}, reading the LSTM tensors under the
     * keys of {@code naming}.
     */
    public Op restore(Path prefix, LstmNaming naming) {
        return restore(prefix, naming, name -> true);
    }

    /** The same for the variables whose names {@code which} accepts (e.g. the encoder's, for a second session). */
    public Op restore(Path prefix, LstmNaming naming, Predicate<String> which) {
        Map<String, Output<TFloat32>> chosen = new LinkedHashMap<>();
        variables.forEach((name, variable) -> {
            if (which.test(name)) {
                chosen.put(name, variable);
            }
        });
        List<String> keys = chosen.keySet().stream().map(n -> CheckpointCheck.keyFor(n, naming)).toList();
        List<Class<? extends TType>> types = new ArrayList<>();
        keys.forEach(k -> types.add(TFloat32.class));
        Restore restore = tf.train.restore(tf.constant(prefix.toString()), strings(keys),
                strings(keys.stream().map(k -> "").toList()), types);
        List<Op> assigns = new ArrayList<>();
        int i = 0;
        for (Output<TFloat32> variable : chosen.values()) {
            @SuppressWarnings("unchecked")
            Operand<TFloat32> value = (Operand<TFloat32>) restore.tensors().get(i++);
            assigns.add(tf.assign(variable, value));
        }
        return tf.withControlDependencies(assigns).noOp();
    }

    /** One op that sets every variable to the value {@code initializer} builds for it. */
    public Op initialize(Initializer initializer) {
        List<Op> assigns = new ArrayList<>();
        for (Map.Entry<String, Output<TFloat32>> e : variables.entrySet()) {
            Shape shape = e.getValue().shape();
            assigns.add(tf.assign(e.getValue(), initializer.initialValue(tf, e.getKey(), shape)));
        }
        return tf.withControlDependencies(assigns).noOp();
    }

    /** Builds a variable's initial value. */
    @FunctionalInterface
    public interface Initializer {
        Operand<TFloat32> initialValue(Ops tf, String name, Shape shape);
    }

    private Operand<TString> strings(List<String> values) {
        return tf.constant(NdArrays.vectorOfObjects(values.toArray(String[]::new)));
    }
}
