package dev.autocaption.workshop.training;

import dev.autocaption.inference.showandtell.Architecture;
import dev.autocaption.inference.showandtell.GraphLayers;
import dev.autocaption.inference.showandtell.LstmCell;
import dev.autocaption.inference.showandtell.ShowAndTellGraph;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.framework.optimizers.Adam;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.train.Restore;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TString;
import org.tensorflow.types.family.TType;

/**
 * The training graph: the engine's encoder (batch norm in training mode), image embedding and {@link LstmCell} (the
 * same builders and variable names as inference) unrolled over {@code timeSteps} words, the masked mean cross-entropy of the next word, and
 * Adam. Also the ops that save the model under its im2txt names and save/restore the whole training state (model
 * and optimiser slots) under the flat variable names.
 *
 * <p>The sparse cross-entropy op has no gradient in TF Java 1.1.0, so the loss is the dense one over a one-hot of
 * the targets (the gradient is identical). Everything is built into {@code graph}, which the caller owns.
 */
final class TrainingGraph {
    final Placeholder<TFloat32> images;
    final Placeholder<TInt32> inputs;
    final Placeholder<TInt32> targets;
    final Placeholder<TFloat32> mask;
    final Placeholder<TFloat32> words;
    /** The caption loss (what progress reports). */
    final Operand<TFloat32> loss;
    /** What Adam minimises: the caption loss plus {@value #BAG_OF_WORDS_WEIGHT} × the bag-of-words loss. */
    final Operand<TFloat32> objective;
    final Op train;
    final Placeholder<TString> prefix;
    final Op saveModel;
    static final float BAG_OF_WORDS_WEIGHT = 1.0f;

    final Op saveState;
    final Op restoreState;
    /** Per conv unit: its moving-statistic placeholders and the batch statistics that estimate them. */
    final List<Statistic> statistics = new ArrayList<>();
    private final List<String> stateNames;

    /** A batch-norm moving statistic: the placeholder the save op reads, the batch value that estimates it. */
    record Statistic(String name, Placeholder<TFloat32> placeholder, Operand<TFloat32> batchValue) {
    }

    TrainingGraph(Graph graph, Architecture architecture, int timeSteps, float learningRate, long seed) {
        Ops tf = Ops.create(graph);
        int size = architecture.encoder().inputSize();
        images = tf.withName("train_images").placeholder(TFloat32.class,
                Placeholder.shape(Shape.of(-1, size, size, 3)));
        inputs = tf.withName("train_inputs").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1, timeSteps)));
        targets = tf.withName("train_targets").placeholder(TInt32.class,
                Placeholder.shape(Shape.of(-1, timeSteps)));
        mask = tf.withName("train_mask").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, timeSteps)));
        words = tf.withName("train_words").placeholder(TFloat32.class,
                Placeholder.shape(Shape.of(-1, architecture.vocabSize())));
        FlatVariables variables = new FlatVariables(tf, seed);
        Operand<TFloat32> logits = logits(tf, architecture, variables, timeSteps);
        loss = tf.withName("loss").identity(maskedLoss(tf, logits, architecture.vocabSize()));
        objective = tf.math.add(loss, tf.math.mul(tf.constant(BAG_OF_WORDS_WEIGHT),
                bagOfWordsLoss(tf, architecture, seed)));
        train = new Adam(graph, learningRate).minimize(objective, "train");
        prefix = tf.withName("checkpoint_prefix").placeholder(TString.class, Placeholder.shape(Shape.scalar()));
        saveModel = save(tf, new ArrayList<>(variables.savedTensors().keySet()),
                new ArrayList<>(variables.savedTensors().values()));
        List<Output<TFloat32>> state = stateVariables(graph);
        stateNames = state.stream().map(o -> o.op().name()).toList();
        saveState = save(tf, stateNames, new ArrayList<>(state));
        restoreState = restore(tf, state);
    }

    /** Names of everything the state checkpoint holds (model variables and Adam's slots and powers). */
    List<String> stateNames() {
        return stateNames;
    }

    /** Time-major logits {@code [timeSteps * N, vocab]}. */
    private Operand<TFloat32> features;

    private Operand<TFloat32> logits(Ops tf, Architecture architecture, FlatVariables variables, int timeSteps) {
        int embedding = architecture.embeddingSize();
        GraphLayers layers = new GraphLayers(tf, variables, (scope, mean, variance) -> {
            statistics.add(new Statistic(scope + "/BatchNorm/moving_mean",
                    variables.statistics().get(scope + "/BatchNorm/moving_mean"), mean));
            statistics.add(new Statistic(scope + "/BatchNorm/moving_variance",
                    variables.statistics().get(scope + "/BatchNorm/moving_variance"), variance));
        });
        features = ShowAndTellGraph.encoderFeatures(layers, architecture.encoder(), images);
        Operand<TFloat32> imageEmbedding = tf.linalg.matMul(features, variables.variable("image_embedding/weights",
                Shape.of(architecture.featureSize(), embedding)));
        LstmCell cell = new LstmCell(tf, variables, embedding, architecture.lstmUnits());
        Operand<TInt32> batch = tf.slice(tf.shape(images), tf.constant(new int[] {0}), tf.constant(new int[] {1}));
        Operand<TFloat32> zeros = tf.fill(tf.concat(List.of(batch, tf.constant(new int[] {architecture.lstmUnits()})),
                tf.constant(0)), tf.constant(0f));
        LstmCell.State state = cell.step(imageEmbedding, new LstmCell.State(zeros, zeros));
        Operand<TFloat32> wordTable = variables.variable("seq_embedding/map",
                Shape.of(architecture.vocabSize(), embedding));
        Operand<TFloat32> weights = variables.variable("logits/weights",
                Shape.of(architecture.lstmUnits(), architecture.vocabSize()));
        Operand<TFloat32> biases = variables.variable("logits/biases", Shape.of(architecture.vocabSize()));
        Operand<TFloat32> words = tf.gather(wordTable, inputs, tf.constant(0));
        List<Output<TFloat32>> steps = tf.split(tf.constant(1), words, (long) timeSteps).output();
        List<Operand<TFloat32>> out = new ArrayList<>();
        for (Output<TFloat32> step : steps) {
            state = cell.step(tf.reshape(step, tf.constant(new int[] {-1, embedding})), state);
            out.add(tf.nn.biasAdd(tf.linalg.matMul(state.h(), weights), biases));
        }
        return tf.concat(out, tf.constant(0));
    }

    /**
     * Training-only auxiliary loss: the encoder features predict the distribution of words in the image's captions
     * (soft-label softmax cross-entropy through a linear head that is not part of the model and is never saved).
     * It gives the encoder a direct signal for every object, colour, count and background the captions name,
     * instead of only what reaches it through the LSTM's first step; the saved graph is unchanged.
     */
    private Operand<TFloat32> bagOfWordsLoss(Ops tf, Architecture architecture, long seed) {
        Operand<TFloat32> head = tf.withName("bag_of_words_weights").variable(tf.math.mul(
                tf.random.truncatedNormal(tf.constant(new long[] {architecture.featureSize(),
                        architecture.vocabSize()}), TFloat32.class,
                        org.tensorflow.op.random.TruncatedNormal.seed(seed),
                        org.tensorflow.op.random.TruncatedNormal.seed2(-1L)), tf.constant(0.05f)));
        Operand<TFloat32> predicted = tf.linalg.matMul(features, tf.identity(head));
        return tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(predicted, words).loss(), tf.constant(0));
    }

    private Operand<TFloat32> maskedLoss(Ops tf, Operand<TFloat32> logits, int vocabSize) {
        Operand<TInt32> labels = timeMajor(tf, targets);
        Operand<TFloat32> weights = timeMajor(tf, mask);
        Operand<TFloat32> perWord = tf.nn.softmaxCrossEntropyWithLogits(logits,
                tf.oneHot(labels, tf.constant(vocabSize), tf.constant(1f), tf.constant(0f))).loss();
        Operand<TFloat32> total = tf.sum(tf.math.mul(perWord, weights), tf.constant(0));
        return tf.math.div(total, tf.math.maximum(tf.sum(weights, tf.constant(0)), tf.constant(1f)));
    }

    private static <T extends TType> Operand<T> timeMajor(Ops tf, Operand<T> batchMajor) {
        return tf.reshape(tf.linalg.transpose(batchMajor, tf.constant(new int[] {1, 0})), tf.constant(new int[] {-1}));
    }

    private Op save(Ops tf, List<String> names, List<Operand<?>> values) {
        return tf.train.save(prefix, strings(tf, names), strings(tf, names.stream().map(n -> "").toList()), values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Op restore(Ops tf, List<Output<TFloat32>> state) {
        List<Class<? extends TType>> types = new ArrayList<>();
        state.forEach(s -> types.add(TFloat32.class));
        Restore restore = tf.train.restore(prefix, strings(tf, stateNames),
                strings(tf, stateNames.stream().map(n -> "").toList()), types);
        List<Op> assigns = new ArrayList<>();
        for (int i = 0; i < state.size(); i++) {
            assigns.add(tf.assign((Operand) state.get(i), (Operand) restore.tensors().get(i)));
        }
        return tf.withControlDependencies(assigns).noOp();
    }

    @SuppressWarnings("unchecked")
    private static List<Output<TFloat32>> stateVariables(Graph graph) {
        List<Output<TFloat32>> out = new ArrayList<>();
        for (Iterator<GraphOperation> it = graph.operations(); it.hasNext();) {
            GraphOperation op = it.next();
            if (op.type().equals("VariableV2")) {
                out.add((Output<TFloat32>) (Output<?>) op.output(0));
            }
        }
        return out;
    }

    private static Operand<TString> strings(Ops tf, List<String> values) {
        return tf.constant(NdArrays.vectorOfObjects(values.toArray(String[]::new)));
    }
}
