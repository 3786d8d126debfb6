package dev.autocaption.workshop.coco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CocoDatasetTest {
    private static final String TWO_IMAGES = """
            {"images": [{"id": 1, "file_name": "a.jpg", "width": 4, "height": 3},
                        {"id": 2, "file_name": "b.jpg", "width": 4, "height": 3},
                        {"id": 3, "file_name": "c.jpg"}],
             "annotations": [{"id": 10, "image_id": 1, "caption": "a cat"}, {"id": 11, "image_id": 2, "caption": "a dog"},
                             {"id": 12, "image_id": 1, "caption": "a black cat"}]}
            """;

    @Test
    void pairsEachCaptionedImageWithItsFileAndCaptions(@TempDir Path dir) throws Exception {
        Path json = CocoJsonTest.write(dir, TWO_IMAGES);
        Path images = Files.createDirectory(dir.resolve("images"));
        for (String name : new String[] {"a.jpg", "b.jpg", "c.jpg"}) {
            Files.write(images.resolve(name), new byte[] {1});
        }

        CocoDataset dataset = CocoDataset.open(json, images);

        assertThat(dataset.examples()).containsExactly(
                new CocoExample(new CocoImage(1, "a.jpg", 4, 3), images.resolve("a.jpg"), java.util.List.of("a cat",
                        "a black cat")),
                new CocoExample(new CocoImage(2, "b.jpg", 4, 3), images.resolve("b.jpg"), java.util.List.of("a dog")));
    }

    @Test
    void missingImagesAreCountedAndNamed(@TempDir Path dir) throws Exception {
        Path json = CocoJsonTest.write(dir, TWO_IMAGES);
        Path images = Files.createDirectory(dir.resolve("images"));
        Files.write(images.resolve("a.jpg"), new byte[] {1});

        assertThatThrownBy(() -> CocoDataset.open(json, images)).isInstanceOf(CocoFormatException.class)
                .hasMessage("2 of the 3 images listed in " + json + " are missing from " + images + ": b.jpg, c.jpg");
    }

    @Test
    void missingImageFolderIsReported(@TempDir Path dir) throws Exception {
        Path json = CocoJsonTest.write(dir, TWO_IMAGES);

        assertThatThrownBy(() -> CocoDataset.open(json, dir.resolve("nowhere"))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(dir.resolve("nowhere").toString()).hasMessageContaining("image folder");
    }
}
