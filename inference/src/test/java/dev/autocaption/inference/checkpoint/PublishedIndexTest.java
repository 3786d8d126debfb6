package dev.autocaption.inference.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.inference.showandtell.Architecture;
import dev.autocaption.testing.SharedFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PublishedIndexTest {

    @Test
    void publishedTwoMillionStepIndexIsCompatibleWithTheIm2txtArchitecture() throws Exception {
        Checkpoint checkpoint = Checkpoint.open(SharedFixtures.file("im2txt/model.ckpt-2000000.index"));

        CheckpointCheck check = CheckpointCheck.of(checkpoint.tensors(), Architecture.im2txt().tensors());

        assertThat(checkpoint.tensors()).hasSize(383);
        assertThat(checkpoint.format()).isEqualTo(CheckpointFormat.V2);
        assertThat(check.naming()).isEqualTo(LstmNaming.TF_1_0);
        assertThat(check.problems()).isEmpty();
        assertThat(check.compatible()).isTrue();
        assertThat(checkpoint.parameterCount() * 4).isEqualTo(149_002_244L - 4);
    }

    @Test
    void publishedOneMillionStepIndexIsCompatibleToo() throws Exception {
        Checkpoint checkpoint = Checkpoint.open(SharedFixtures.file("im2txt/model.ckpt-1000000.index"));

        assertThat(CheckpointCheck.of(checkpoint.tensors(), Architecture.im2txt().tensors()).compatible()).isTrue();
    }

    @Test
    void indexWithoutDataFileReportsTheMissingShard() throws Exception {
        Path index = SharedFixtures.file("im2txt/model.ckpt-2000000.index");

        Checkpoint checkpoint = Checkpoint.open(index);

        assertThat(checkpoint.prefix()).isEqualTo(index.resolveSibling("model.ckpt-2000000"));
        assertThat(checkpoint.hasData()).isFalse();
        assertThat(checkpoint.missingFiles())
                .containsExactly(index.resolveSibling("model.ckpt-2000000.data-00000-of-00001"));
    }

    @Test
    void encoderTensorsMatchTheSpecCount() {
        long encoder = Architecture.im2txt().tensors().stream().filter(t -> t.name().startsWith("InceptionV3/"))
                .count();
        long floats = Architecture.im2txt().tensors().stream().filter(t -> t.name().startsWith("InceptionV3/"))
                .mapToLong(TensorInfo::elements).sum();

        assertThat(encoder).isEqualTo(376);
        assertThat(floats).isEqualTo(21_802_784L);
    }
}
