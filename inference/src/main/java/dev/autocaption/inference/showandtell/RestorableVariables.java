package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.checkpoint.CheckpointCheck;
import dev.autocaption.inference.checkpoint.LstmNaming;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.train.Restore;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TString;
import org.tensorflow.types.family.TType;

/**
 * Inference variables named exactly like the checkpoint keys ({@code InceptionV3/Conv2d_1a_3x3/weights}), and the
 * ops that fill them: one {@code RestoreV2} for all of them (which reads V2 bundles and falls back to V1 files), or
 * an initialiser per variable. Not thread-safe; used while a graph is being built.
 */
public final class RestorableVariables implements VariableFactory {
    private final Ops tf;
    private final Map<String, Variable<TFloat32>> variables = new LinkedHashMap<>();
    private final Map<String, Ops> scopes = new java.util.HashMap<>();

    public RestorableVariables(Ops tf) {
        this.tf = tf;
    }

    @Override
    public Operand<TFloat32> variable(String name, Shape shape) {
        if (variables.containsKey(name)) {
            throw new IllegalStateException("variable " + name + " created twice");
        }
        int slash = name.lastIndexOf('/');
        Ops scoped = slash < 0 ? tf : scope(name.substring(0, slash));
        Variable<TFloat32> variable = scoped.withName(name.substring(slash + 1)).variable(shape, TFloat32.class);
        if (!variable.op().name().equals(name)) {
            throw new IllegalStateException("variable " + name + " got op name " + variable.op().name());
        }
        variables.put(name, variable);
        return variable;
    }

    /**
     * The {@link Ops} for a scope path, created once: TF Java makes every new sub-scope name unique, so asking twice
     * for {@code InceptionV3} would give {@code InceptionV3_1}.
     */
    private Ops scope(String path) {
        Ops existing = scopes.get(path);
        if (existing != null) {
            return existing;
        }
        int slash = path.lastIndexOf('/');
        Ops parent = slash < 0 ? tf : scope(path.substring(0, slash));
        Ops created = parent.withSubScope(path.substring(slash + 1));
        scopes.put(path, created);
        return created;
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
        List<String> keys = variables.keySet().stream().map(n -> CheckpointCheck.keyFor(n, naming)).toList();
        List<Class<? extends TType>> types = new ArrayList<>();
        keys.forEach(k -> types.add(TFloat32.class));
        Restore restore = tf.train.restore(tf.constant(prefix.toString()), strings(keys),
                strings(keys.stream().map(k -> "").toList()), types);
        List<Op> assigns = new ArrayList<>();
        int i = 0;
        for (Variable<TFloat32> variable : variables.values()) {
            @SuppressWarnings("unchecked")
            Operand<TFloat32> value = (Operand<TFloat32>) restore.tensors().get(i++);
            assigns.add(tf.assign(variable, value));
        }
        return tf.withControlDependencies(assigns).noOp();
    }

    /** One op that sets every variable to the value {@code initializer} builds for it. */
    public Op initialize(Initializer initializer) {
        List<Op> assigns = new ArrayList<>();
        for (Map.Entry<String, Variable<TFloat32>> e : variables.entrySet()) {
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
