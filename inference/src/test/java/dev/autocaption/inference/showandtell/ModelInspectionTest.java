package dev.autocaption.inference.showandtell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.testing.SharedFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelInspectionTest {

    @Test
    void publishedIndexAloneIsCompatibleButCannotBeLoaded() throws Exception {
        Path index = SharedFixtures.file("im2txt/model.ckpt-2000000.index");

        ModelInspection inspection = ModelInspection.inspect(index, null);

        assertThat(inspection.check().compatible()).isTrue();
        assertThat(inspection.checkpoint().tensors()).hasSize(383);
        assertThat(inspection.vocabulary().size()).isEqualTo(11_520);
        assertThat(inspection.ok()).isTrue();
        assertThat(inspection.notes()).containsExactly("data file missing: "
                + index.resolveSibling("model.ckpt-2000000.data-00000-of-00001")
                + " (the index alone can be inspected, not loaded)");
        assertThat(inspection.report())
                .contains("LSTM names   lstm/basic_lstm_cell/{weights,biases} (TF 1.0-1.1)")
                .contains("tensors      383, 37,250,560 parameters")
                .contains("(11520 ids, <S>=1, </S>=2)")
                .contains("compatible   yes");
    }

    @Test
    void completeTinyModelIsCompatibleWithNothingToNote(@TempDir Path dir) throws Exception {
        TinyModelDirectory.write(dir, TinyModelDirectory.WORDS);

        ModelInspection inspection = ModelInspection.inspect(dir, null);

        assertThat(inspection.ok()).isTrue();
        assertThat(inspection.notes()).isEmpty();
        assertThat(inspection.report()).contains("LSTM names   lstm/basic_lstm_cell/{kernel,bias} (TF >= 1.2)");
    }

    @Test
    void swappedVocabularyIsFoundFromTheDataFileWithoutLoadingTheModel(@TempDir Path dir) throws Exception {
        List<String> swapped = new ArrayList<>(TinyModelDirectory.WORDS);
        swapped.set(1, "</S> 50");
        swapped.set(2, "<S> 50");
        TinyModelDirectory.write(dir, swapped);

        ModelInspection inspection = ModelInspection.inspect(dir, null);

        assertThat(inspection.ok()).isFalse();
        assertThat(inspection.problems()).singleElement().asString()
                .contains("of </S> (id 1) is -10.000").contains("probably swapped");
    }
}
