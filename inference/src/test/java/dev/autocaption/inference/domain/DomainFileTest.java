package dev.autocaption.inference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainFileTest {
    @TempDir
    Path dir;

    @Test
    void statisticsRoundTripExactly() throws Exception {
        DomainStatistics written = DomainFit.defaults().fit(DomainFitTest.logNormal(60, 16, 0.5, 7L), "tiny-abc123");
        Path file = dir.resolve(DomainFile.FILE_NAME);

        DomainFile.write(file, written);
        DomainStatistics read = DomainFile.read(file);

        assertThat(read.modelId()).isEqualTo("tiny-abc123");
        assertThat(read.images()).isEqualTo(60);
        assertThat(read.shrinkage()).isEqualTo(written.shrinkage());
        assertThat(read.logOffset()).isEqualTo(written.logOffset());
        assertThat(read.quantiles()).isEqualTo(written.quantiles());
        assertThat(read.mean()).containsExactly(written.mean());
        assertThat(read.precision()).containsExactly(written.precision());
        assertThat(Files.readString(file)).contains("\"format\" : \"autocaption-domain/1\"");
    }

    @Test
    void aFileOfAnotherFormatIsRefused() throws Exception {
        Path file = dir.resolve("domain.json");
        Files.writeString(file, "{\"format\":\"something-else\",\"modelId\":\"m\",\"images\":2,\"featureSize\":1,"
                + "\"shrinkage\":0.1,\"logOffset\":0.001,\"distance\":null,\"familiarity\":null,\"mean\":null,"
                + "\"precision\":null}");

        assertThatThrownBy(() -> DomainFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": format must be autocaption-domain/1, was something-else");
    }

    @Test
    void aMeanThatDisagreesWithTheFeatureSizeIsRefused() throws Exception {
        Path file = dir.resolve("domain.json");
        DomainFile.write(file, DomainStatisticsTest.unitStatistics());
        Files.writeString(file, Files.readString(file).replace("\"featureSize\" : 2", "\"featureSize\" : 3"));

        assertThatThrownBy(() -> DomainFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": featureSize is 3 but mean has 2 values");
    }
}
