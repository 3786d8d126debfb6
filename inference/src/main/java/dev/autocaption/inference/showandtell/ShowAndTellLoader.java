package dev.autocaption.inference.showandtell;

import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.checkpoint.Checkpoint;
import dev.autocaption.inference.checkpoint.CheckpointCheck;
import dev.autocaption.inference.checkpoint.CheckpointException;
import dev.autocaption.inference.domain.DomainFile;
import dev.autocaption.inference.domain.DomainStatistics;
import dev.autocaption.inference.precision.PrecisionChoice;
import dev.autocaption.inference.precision.PrecisionDecision;
import dev.autocaption.inference.vocabulary.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link TensorFlowCaptioner} from {@link ModelConfig}: finds the model ({@link ModelDirectory}), checks the
 * checkpoint against the architecture and the vocabulary against both, restores the weights, then checks the
 * vocabulary's start/end ids against the restored logit biases, and reads the model's domain statistics when
 * {@code model.json} names them. Every refusal is one {@link CaptioningException}
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
        return load(definition, config, precisionChoice(config));
    }

    /**
     * The choice of this machine: its CPU, this TensorFlow, and the decisions kept in {@code config}'s data
     * directory (none when it has no data directory).
     */
    public static PrecisionChoice precisionChoice(ModelConfig config) {
        return PrecisionChoice.onThisMachine(config.dataDirectory());
    }

    /** Loads with the encoder's precision decided by {@code choice}. */
    public static TensorFlowCaptioner load(ModelDefinition definition, ModelConfig config, PrecisionChoice choice)
            throws CaptioningException {
        long t0 = System.nanoTime();
        Checkpoint checkpoint = openChecked(definition);
        DomainStatistics domain = domainOf(definition);
        Vocabulary vocabulary = Vocabulary.load(definition.vocabulary());
        VocabularyFit.checkSize(vocabulary, definition.vocabulary(), definition.architecture());
        CheckpointCheck check = CheckpointCheck.of(checkpoint.tensors(), definition.architecture().tensors());
        SessionSettings settings = new SessionSettings(config.device(), config.intraOpThreads(),
                config.interOpThreads());
        ShowAndTellModel model = ShowAndTellModel.restore(definition.architecture(), checkpoint.prefix(),
                check.naming(), settings, config.beamSize());
        PrecisionDecision precision;
        try {
            VocabularyFit.checkStartAndEnd(vocabulary, definition.vocabulary(), model.variable("logits/biases"));
            precision = EncoderPrecision.apply(model, vocabulary, config, definition.modelId(), choice);
        } catch (CaptioningException | RuntimeException e) {
            model.close();
            throw e;
        }
        LOG.info("loaded model {} ({} checkpoint, LSTM names {}, {} parameters, vocabulary {} ids, {}) on {}, encoder "
                + "{}, in {} ms", definition.modelId(), checkpoint.format(), check.naming(),
                checkpoint.parameterCount(), vocabulary.size(), domain == null ? "no domain statistics"
                        : "domain statistics of " + domain.images() + " images", model.device(),
                model.precision().configName(), (System.nanoTime() - t0) / 1_000_000);
        return new TensorFlowCaptioner(model, vocabulary, definition.modelId(), config, domain, precision);
    }

    /**
     * The model's domain statistics, or null when it has none; refuses statistics of another model or of another
     * feature size.
     */
    public static DomainStatistics domainOf(ModelDefinition definition) throws CaptioningException {
        if (definition.domain() == null) {
            return null;
        }
        if (!Files.isRegularFile(definition.domain())) {
            throw new CaptioningException("model " + definition.name() + " names domain statistics "
                    + definition.domain() + " but the file does not exist; run autocaption models calibrate --model "
                    + "DIR --data SCENES, or remove the domain field from model.json");
        }
        DomainStatistics domain;
        try {
            domain = DomainFile.read(definition.domain());
        } catch (IOException e) {
            throw new CaptioningException(e.getMessage(), e);
        }
        if (domain.featureSize() != definition.architecture().featureSize()) {
            throw new CaptioningException(definition.domain() + " has statistics of " + domain.featureSize()
                    + " features but the " + definition.name() + " encoder has " + definition.architecture()
                    .featureSize() + "; run autocaption models calibrate again");
        }
        if (!domain.modelId().equals(definition.modelId())) {
            throw new CaptioningException(definition.domain() + " was calibrated for model " + domain.modelId()
                    + " but the checkpoint is " + definition.modelId() + "; run autocaption models calibrate again");
        }
        return domain;
    }

    /** Opens the model's checkpoint (index and, where present, data), its problems as a {@link CaptioningException}. */
    static Checkpoint open(ModelDefinition definition) throws CaptioningException {
        try {
            return Checkpoint.open(definition.checkpoint());
        } catch (CheckpointException e) {
            throw new CaptioningException(e.getMessage(), e);
        }
    }

    /** Opens the checkpoint and refuses it unless its data is present and it matches the architecture. */
    public static Checkpoint openChecked(ModelDefinition definition) throws CaptioningException {
        Checkpoint checkpoint = open(definition);
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
