package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.checkpoint.Checkpoint;
import dev.autocaption.inference.checkpoint.CheckpointCheck;
import dev.autocaption.inference.checkpoint.CheckpointFormat;
import dev.autocaption.inference.checkpoint.CheckpointException;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code autocaption model inspect} reports: the checkpoint's format, LSTM naming family, tensor count and
 * parameters, and every problem (tensors missing, unexpected or mis-shaped against the architecture; a missing data
 * file; a vocabulary that does not fit). Works from a V2 index alone; never loads the weights.
 *
 * @param definition the model as found
 * @param checkpoint what the checkpoint lists
 * @param check      the comparison with the architecture
 * @param vocabulary the vocabulary, or null when it could not be loaded (see problems)
 * @param problems   what makes the model unusable (incompatible tensors, a vocabulary that does not fit); empty
 *                   when checkpoint, architecture and vocabulary agree
 * @param notes      what keeps a compatible model from loading here (its data file is missing)
 */
public record ModelInspection(ModelDefinition definition, Checkpoint checkpoint, CheckpointCheck check,
        Vocabulary vocabulary, List<String> problems, List<String> notes) {
    public ModelInspection {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /**
     * @param path       a model directory or checkpoint prefix (or one of its files)
     * @param vocabulary overrides the vocabulary; may be null
     * @throws CaptioningException when there is no model or checkpoint to inspect at all
     */
    public static ModelInspection inspect(Path path, Path vocabulary) throws CaptioningException {
        ModelDefinition definition = ModelDirectory.open(path, vocabulary);
        Checkpoint checkpoint = ShowAndTellLoader.open(definition);
        CheckpointCheck check = CheckpointCheck.of(checkpoint.tensors(), definition.architecture().tensors());
        List<String> problems = new ArrayList<>();
        if (!check.compatible()) {
            problems.add("checkpoint does not match the architecture:\n" + check.problems());
        }
        List<String> notes = new ArrayList<>();
        checkpoint.missingFiles().forEach(f -> notes.add("data file missing: " + f
                + " (the index alone can be inspected, not loaded)"));
        Vocabulary vocab = checkVocabulary(definition, checkpoint, check, problems);
        return new ModelInspection(definition, checkpoint, check, vocab, problems, notes);
    }

    /** Loads the vocabulary and checks it against the model (biases read without TensorFlow when possible). */
    private static Vocabulary checkVocabulary(ModelDefinition definition, Checkpoint checkpoint,
            CheckpointCheck check, List<String> problems) {
        if (!Files.isRegularFile(definition.vocabulary())) {
            problems.add("vocabulary missing: " + definition.vocabulary());
            return null;
        }
        try {
            Vocabulary vocab = Vocabulary.load(definition.vocabulary());
            VocabularyFit.checkSize(vocab, definition.vocabulary(), definition.architecture());
            if (check.compatible() && checkpoint.format() == CheckpointFormat.V2 && checkpoint.hasData()) {
                VocabularyFit.checkStartAndEnd(vocab, definition.vocabulary(),
                        checkpoint.readFloats("logits/biases"));
            }
            return vocab;
        } catch (CaptioningException | CheckpointException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    /** Checkpoint, architecture and vocabulary agree (the data file may still be missing: see notes). */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The human-readable report {@code model inspect} prints. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append("model        ").append(definition.modelId()).append('\n');
        out.append("checkpoint   ").append(checkpoint.prefix()).append(" (").append(checkpoint.format()).append(")\n");
        out.append("LSTM names   ").append(check.naming() == null ? "none found" : describe(check)).append('\n');
        out.append(String.format(Locale.ROOT, "tensors      %d, %,d parameters%n", checkpoint.tensors().size(),
                checkpoint.parameterCount()));
        out.append("architecture ").append(definition.architecture()).append('\n');
        out.append("vocabulary   ").append(definition.vocabulary());
        if (vocabulary != null) {
            out.append(" (").append(vocabulary.size()).append(" ids, <S>=").append(vocabulary.startId())
                    .append(", </S>=").append(vocabulary.endId()).append(')');
        }
        out.append('\n');
        out.append(ok() ? "compatible   yes\n" : "problems:\n");
        problems.forEach(p -> out.append("  ").append(p.replace("\n", "\n  ")).append('\n'));
        notes.forEach(n -> out.append("note         ").append(n).append('\n'));
        return out.toString();
    }

    private static String describe(CheckpointCheck check) {
        return switch (check.naming()) {
            case TF_0_12 -> "lstm/BasicLSTMCell/Linear/{Matrix,Bias} (TF <= 0.12)";
            case TF_1_0 -> "lstm/basic_lstm_cell/{weights,biases} (TF 1.0-1.1)";
            case TF_1_2 -> "lstm/basic_lstm_cell/{kernel,bias} (TF >= 1.2)";
        };
    }
}
