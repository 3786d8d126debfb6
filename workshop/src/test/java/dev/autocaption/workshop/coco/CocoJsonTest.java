package dev.autocaption.workshop.coco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CocoJsonTest {
    /** The layout of COCO 2014's captions_train2014.json, cut down to two images. */
    static final String COCO_2014 = """
            {"info": {"description": "This is stable 1.0 version of the 2014 MS COCO dataset.", "url": "http://mscoco.org",
              "version": "1.0", "year": 2014, "contributor": "Microsoft COCO group", "date_created": "2015-01-27 09:11:52.357475"},
             "images": [
              {"license": 5, "url": "http://farm4.staticflickr.com/3153/2970773875_164f0c0b83_z.jpg",
               "file_name": "COCO_train2014_000000057870.jpg", "id": 57870, "width": 640,
               "date_captured": "2013-11-14 16:28:13", "height": 480},
              {"license": 5, "file_name": "COCO_train2014_000000384029.jpg", "id": 384029, "width": 429, "height": 480}],
             "licenses": [{"url": "http://creativecommons.org/licenses/by-nc-sa/2.0/", "id": 1, "name": "Attribution"}],
             "annotations": [
              {"image_id": 318556, "id": 48, "caption": "A very clean and well decorated empty bathroom"},
              {"image_id": 57870, "id": 67, "caption": "A long restaurant table with rattan rounded back chairs."},
              {"image_id": 384029, "id": 126, "caption": "A man preparing desserts in a kitchen covered in frosting."},
              {"image_id": 57870, "id": 219, "caption": "A long table with a plant on top of it surrounded with wooden chairs "}]}
            """;

    @Test
    void writeThenReadGivesTheSameCaptions(@TempDir Path dir) throws Exception {
        CocoCaptions captions = new CocoCaptions(Map.of("seed", "7", "count", "2"),
                List.of(new CocoImage(0, "scene-000000.jpg", 320, 240), new CocoImage(1, "scene-000001.jpg", 320, 240)),
                List.of(new CocoAnnotation(0, 0, "a red car"), new CocoAnnotation(1, 1, "a \"quoted\" dog")));

        CocoJson.write(captions, dir.resolve("captions.json"));

        assertThat(CocoJson.read(dir.resolve("captions.json"))).isEqualTo(captions);
    }

    @Test
    void readsTheCoco2014LayoutSkippingFieldsItDoesNotNeed(@TempDir Path dir) throws Exception {
        String coco = COCO_2014.replace("{\"image_id\": 318556, \"id\": 48, \"caption\": \"A very clean and well "
                + "decorated empty bathroom\"},", "");

        CocoCaptions captions = CocoJson.read(write(dir, coco));

        assertThat(captions.images()).containsExactly(
                new CocoImage(57870, "COCO_train2014_000000057870.jpg", 640, 480),
                new CocoImage(384029, "COCO_train2014_000000384029.jpg", 429, 480));
        assertThat(captions.captionsByImage().get(57870L)).containsExactly(
                "A long restaurant table with rattan rounded back chairs.",
                "A long table with a plant on top of it surrounded with wooden chairs ");
        assertThat(captions.info()).containsEntry("year", "2014").containsEntry("version", "1.0");
    }

    @Test
    void annotationForAnUnlistedImageIsReported(@TempDir Path dir) throws Exception {
        Path file = write(dir, COCO_2014);

        assertThatThrownBy(() -> CocoJson.read(file)).isInstanceOf(CocoFormatException.class)
                .hasMessage(file + ": annotations[0] (id 48) has image_id 318556, which is not among the 2 images");
    }

    @Test
    void malformedJsonNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = write(dir, "{\"images\": [\n{\"id\": 1, \"file_name\": \"a.jpg\",,}]}");

        assertThatThrownBy(() -> CocoJson.read(file)).isInstanceOf(CocoFormatException.class)
                .hasMessageStartingWith(file + ": malformed JSON at line 2, column 32: ");
    }

    @Test
    void missingFieldNamesTheEntry(@TempDir Path dir) throws Exception {
        Path file = write(dir, "{\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\"}, {\"id\": 2}], \"annotations\": []}");

        assertThatThrownBy(() -> CocoJson.read(file)).isInstanceOf(CocoFormatException.class)
                .hasMessage(file + ": images[1] has no \"file_name\" (near line 1)");
    }

    @Test
    void mistypedFieldSaysWhatWasExpectedAndFound(@TempDir Path dir) throws Exception {
        Path file = write(dir, "{\"images\": [], \"annotations\": [{\"id\": 1, \"image_id\": \"7\", \"caption\": \"x\"}]}");

        assertThatThrownBy(() -> CocoJson.read(file)).isInstanceOf(CocoFormatException.class)
                .hasMessage(file + ": annotations[0].image_id must be an integer, found a string at line 1, column 54");
    }

    @Test
    void fileWithoutAnnotationsIsNotACaptionsFile(@TempDir Path dir) throws Exception {
        Path file = write(dir, "{\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\"}], \"categories\": []}");

        assertThatThrownBy(() -> CocoJson.read(file)).isInstanceOf(CocoFormatException.class)
                .hasMessage(file + ": not a COCO captions file: it needs \"images\" and \"annotations\" arrays, "
                        + "found 1 images and no annotations");
    }

    @Test
    void duplicateImageIdIsReported(@TempDir Path dir) throws Exception {
        Path file = write(dir, "{\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\"}, {\"id\": 1, \"file_name\": \"b.jpg\"}],"
                + " \"annotations\": []}");

        assertThatThrownBy(() -> CocoJson.read(file)).isInstanceOf(CocoFormatException.class)
                .hasMessage(file + ": images[1] repeats id 1 of images[0]");
    }

    @Test
    void fileNameLeavingTheImageFolderIsRejected(@TempDir Path dir) throws Exception {
        Path file = write(dir, "{\"images\": [{\"id\": 3, \"file_name\": \"../etc/passwd\"}], \"annotations\": []}");

        assertThatThrownBy(() -> CocoJson.read(file)).isInstanceOf(CocoFormatException.class)
                .hasMessage(file + ": images[0]: image 3: file_name must be a plain relative path, was \"../etc/passwd\"");
    }

    @Test
    void absentFileIsReportedAsNoSuchFile(@TempDir Path dir) {
        assertThatThrownBy(() -> CocoJson.read(dir.resolve("nope.json")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class).hasMessageContaining("nope.json");
    }

    static Path write(Path dir, String json) throws Exception {
        return Files.writeString(dir.resolve("captions.json"), json);
    }
}
