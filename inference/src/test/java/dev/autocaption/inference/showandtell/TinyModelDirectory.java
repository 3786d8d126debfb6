package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.checkpoint.CheckpointFormat;
import dev.autocaption.inference.checkpoint.LstmNaming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes a complete tiny model directory: checkpoint, word_counts.txt and model.json. */
final class TinyModelDirectory {
    static final List<String> WORDS = List.of("a 90", "<S> 50", "</S> 50", ". 40", "dog 30", "on 20", "the 19",
            "grass 18", "man 17", "'s 16", "hat 15", "red 14", "ball 13", "with 12", "cat 11");

    private TinyModelDirectory() {
    }

    static Path write(Path dir, List<String> words) throws Exception {
        return write(dir, words, TinyModels.values(TinyModels.architecture(), 9));
    }

    /** A tiny model directory with these weights (keyed as {@link TinyModels#values}). */
    static Path write(Path dir, List<String> words, Map<String, float[]> values) throws Exception {
        Architecture architecture = TinyModels.architecture();
        TinyModels.write(dir.resolve("model.ckpt-42"), architecture, values, LstmNaming.TF_1_2, CheckpointFormat.V2);
        Files.write(dir.resolve("word_counts.txt"), words);
        ModelDirectory.write(dir, new ModelJson(ModelJson.ENGINE, "tiny", architecture, "model.ckpt-42",
                "word_counts.txt"));
        return dir;
    }
}
