package dev.autocaption.inference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainFileTest {
    @TempDir
    Path dir;

    /** Statistics of 16 features with seeded arbitrary values (a symmetric precision), as a fit would write. */
    private static DomainStatistics fitted(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int d = 16;
        float[] mean = new float[d];
        float[] precision = new float[d * d];
        for (int i = 0; i < d; i++) {
            mean[i] = (float) random.nextDouble(-3, 3);
            for (int j = i; j < d; j++) {
                precision[i * d + j] = (float) random.nextDouble(-1, 1) + (i == j ? d : 0);
                precision[j * d + i] = precision[i * d + j];
            }
        }
        return new DomainStatistics("tiny-abc123", 60, random.nextDouble(), DomainStatistics.DEFAULT_LOG_OFFSET,
                mean, precision, new DistanceQuantiles(3.5, 4.25, 5.0, 6.5));
    }

    private Path written(DomainStatistics statistics) throws IOException {
        Path file = dir.resolve(DomainFile.FILE_NAME);
        DomainFile.write(file, statistics);
        return file;
    }

    private static JsonNode data(Path header) throws IOException {
        return new ObjectMapper().readTree(header.toFile()).get("data");
    }

    private static void assertSameStatistics(DomainStatistics read, DomainStatistics written) {
        assertThat(read.modelId()).isEqualTo(written.modelId());
        assertThat(read.images()).isEqualTo(written.images());
        assertThat(read.shrinkage()).isEqualTo(written.shrinkage());
        assertThat(read.logOffset()).isEqualTo(written.logOffset());
        assertThat(read.quantiles()).isEqualTo(written.quantiles());
        assertThat(read.mean()).containsExactly(written.mean());
        assertThat(read.precision()).containsExactly(written.precision());
    }

    @Test
    void statisticsRoundTripExactlyThroughAHeaderAndABinaryFile() throws Exception {
        DomainStatistics statistics = fitted(7L);
        Path file = dir.resolve(DomainFile.FILE_NAME);

        Path data = DomainFile.write(file, statistics);

        assertSameStatistics(DomainFile.read(file), statistics);
        assertThat(Files.readString(file)).contains("\"format\" : \"autocaption-domain/2\"")
                .contains("\"file\" : \"" + data.getFileName() + "\"").doesNotContain("\"mean\"");
        assertThat(data.getFileName().toString()).matches("domain-[0-9a-f]{12}\\.bin");
        assertThat(Files.size(data)).isEqualTo(4L * (16 + 16 * 17 / 2));
        assertThat(data(file).get("sha256").asText()).startsWith(data.getFileName().toString().substring(7, 19));
    }

    @Test
    void theFirstSingleFileFormatIsStillRead() throws Exception {
        DomainStatistics statistics = fitted(8L);
        Path file = dir.resolve(DomainFile.FILE_NAME);
        DomainFile.writeLegacy(file, statistics);

        assertThat(Files.readString(file)).contains("\"format\" : \"autocaption-domain/1\"", "\"precision\" : \"");
        assertSameStatistics(DomainFile.read(file), statistics);
    }

    @Test
    void aFileOfAnotherFormatIsRefused() throws Exception {
        Path file = dir.resolve("domain.json");
        Files.writeString(file, "{\"format\":\"something-else\",\"modelId\":\"m\"}");

        assertThatThrownBy(() -> DomainFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": format must be autocaption-domain/2 (or the older autocaption-domain/1), was "
                        + "something-else");
    }

    @Test
    void aTruncatedDataFileIsRefusedWithTheSizeExpectedAndFound() throws Exception {
        Path file = written(fitted(9L));
        Path data = dir.resolve(data(file).get("file").asText());
        byte[] bytes = Files.readAllBytes(data);
        Files.write(data, java.util.Arrays.copyOf(bytes, 100));

        assertThatThrownBy(() -> DomainFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(data + ": expected 608 bytes (16 features: 152 float32 values), found 100");
    }

    @Test
    void aDataFileWithAnotherChecksumIsRefused() throws Exception {
        Path file = written(fitted(10L));
        Path data = dir.resolve(data(file).get("file").asText());
        byte[] bytes = Files.readAllBytes(data);
        bytes[40] ^= 1;
        Files.write(data, bytes);

        assertThatThrownBy(() -> DomainFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(data + ": SHA-256 is " + DomainData.sha256(bytes) + " but domain.json "
                        + "expects " + data(file).get("sha256").asText())
                .hasMessageEndingWith("run autocaption models calibrate again");
    }

    @Test
    void aMissingDataFileIsRefusedWithWhatToDo() throws Exception {
        Path file = written(fitted(11L));
        String name = data(file).get("file").asText();
        Files.delete(dir.resolve(name));

        assertThatThrownBy(() -> DomainFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + " names the data file " + name + ", which does not exist in " + dir
                        + "; run autocaption models calibrate again");
    }

    @Test
    void aDataFileOutsideTheHeadersDirectoryIsRefused() throws Exception {
        Path file = written(fitted(12L));
        String name = data(file).get("file").asText();
        Files.writeString(file, Files.readString(file).replace("\"" + name + "\"", "\"../" + name + "\""));

        assertThatThrownBy(() -> DomainFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": data.file must be the name of a file beside it (letters, digits, '.', '_', "
                        + "'-'), was ../" + name);
    }

    @Test
    void anotherDataTypeIsRefusedNamingTheOneRead() throws Exception {
        Path file = written(fitted(13L));
        Files.writeString(file, Files.readString(file).replace("\"float32\"", "\"float64\""));

        assertThatThrownBy(() -> DomainFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": data.dtype must be float32, was float64");
    }

    @Test
    void aFeatureSizeThatDisagreesWithTheDataIsRefused() throws Exception {
        Path file = written(DomainStatisticsTest.unitStatistics());
        Files.writeString(file, Files.readString(file).replace("\"featureSize\" : 2", "\"featureSize\" : 3"));

        assertThatThrownBy(() -> DomainFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": data.bytes must be 36 for 3 features, was 20");
    }

    @Test
    void rewritingReplacesTheDataFileAndRemovesThePreviousOne() throws Exception {
        Path file = written(fitted(14L));
        String first = data(file).get("file").asText();

        DomainFile.write(file, fitted(15L));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(data(file).get("file").asText(), "domain.json");
        }
        assertThat(data(file).get("file").asText()).isNotEqualTo(first);
    }

    @Test
    void deletingRemovesTheHeaderAndItsData() throws Exception {
        Path file = written(fitted(16L));

        DomainFile.delete(file);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFirstFormatFileTooLargeForTheParserSaysToCalibrateAgain() throws Exception {
        Path file = dir.resolve("domain.json");
        Files.writeString(file, "{\"format\":\"autocaption-domain/1\",\"precision\":\"" + "A".repeat(20_000_004)
                + "\"}");

        assertThatThrownBy(() -> DomainFile.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + " is too large to be domain statistics (String value length")
                .hasMessageEndingWith("run autocaption models calibrate again: it writes autocaption-domain/2, a "
                        + "small header and a binary data file");
    }
}
