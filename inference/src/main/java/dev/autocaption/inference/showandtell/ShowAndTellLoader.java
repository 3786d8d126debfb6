package dev.autocaption.inference.showandtell;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.checkpoint.Checkpoint;
import dev.autocaption.inference.checkpoint.CheckpointCheck;
import dev.autocaption.inference.checkpoint.CheckpointException;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link TensorFlowCaptioner} from {@link ModelConfig}: finds the model ({@link ModelDirectory}), checks the
 * checkpoint against the architecture and the vocabulary against both, restores the weights, then checks the
 * vocabulary's start/end ids against the restored logit biases. Every refusal is one {@link CaptioningException}
 * that says what was found and what was expected.
 */
public final class ShowAndTellLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ShowAndTellLoader.class);

    private ShowAndTellLoader() {
    }

    public static TensorFlowCaptioner load(ModelConfig config) throws CaptioningException {
        return load(ModelDirectory.open(config.path(), config.vocab()), config);
    }

    public static TensorFlowCaptioner load(ModelDefinition definition, ModelConfig config)
            throws CaptioningException {
        long t0 = System.nanoTime();
        Checkpoint checkpoint = openChecked(definition);
        Vocabulary vocabulary = Vocabulary.load(definition.vocabulary());
        VocabularyFit.checkSize(vocabulary, definition.vocabulary(), definition.architecture());
        CheckpointCheck check = CheckpointCheck.of(checkpoint.tensors(), definition.architecture().tensors());
        SessionSettings settings = new SessionSettings(config.device(), config.intraOpThreads(),
                config.interOpThreads());
        ShowAndTellModel model = ShowAndTellModel.restore(definition.architecture(), checkpoint.prefix(),
                check.naming(), settings, config.beamSize());
        try {
            VocabularyFit.checkStartAndEnd(vocabulary, definition.vocabulary(), model.variable("logits/biases"));
        } catch (CaptioningException e) {
            model.close();
            throw e;
        }
        LOG.info("loaded model {} ({} checkpoint, LSTM names {}, {} parameters, vocabulary {} ids) on {} in {} ms",
                definition.modelId(), checkpoint.format(), check.naming(), checkpoint.parameterCount(),
                vocabulary.size(), model.device(), (System.nanoTime() - t0) / 1_000_000);
        return new TensorFlowCaptioner(model, vocabulary, definition.modelId(), config);
    }

    /** Opens the checkpoint and refuses it unless its data is present and it matches the architecture. */
    public static Checkpoint openChecked(ModelDefinition definition) throws CaptioningException {
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.open(definition.checkpoint());
        } catch (CheckpointException e) {
            throw new CaptioningException(e.getMessage(), e);
        }
        CheckpointCheck check = CheckpointCheck.of(checkpoint.tensors(), definition.architecture().tensors());
        if (!check.compatible()) {
            throw new CaptioningException("checkpoint " + checkpoint.prefix() + " does not match the "
                    + definition.name() + " architecture (" + definition.architecture() + "):\n" + check.problems());
        }
        if (!checkpoint.hasData()) {
            throw new CaptioningException("checkpoint " + checkpoint.prefix() + " has its index but not its data: "
                    + "missing " + checkpoint.missingFiles().stream().map(Path::toString).toList());
        }
        return checkpoint;
    }
}
