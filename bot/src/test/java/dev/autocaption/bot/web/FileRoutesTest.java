package dev.autocaption.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.store.PhotoState;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRoutesTest {
    @TempDir
    Path dir;
    WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(dir);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aThumbnailIsAJpegOfAtMost320PixelsFromTheImageTheDaemonDownloaded() throws Exception {
        String photo = web.addPhoto(1000, "wide");
        web.runCycle();
        int downloads = web.sims.flickr.requests(FlickrSimulator.IMAGE).size();

        HttpResponse<byte[]> jpeg = web.send(HttpRequest.newBuilder(web.uri("/thumbnails/" + web.photo(photo).id()
                + ".jpg")), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(jpeg.statusCode()).isEqualTo(200);
        assertThat(jpeg.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg.body()));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(77);
        assertThat(web.sims.flickr.requests(FlickrSimulator.IMAGE)).hasSize(downloads);
    }

    @Test
    void aPhotoWhoseImageCouldNotBeDownloadedSaysWhyInsteadOfAPicture() {
        web.sims.flickr.faults().always(FlickrSimulator.IMAGE, new Fault.HttpStatus(404, null));
        String photo = web.addPhoto(301, "gone");
        web.runCycle();

        assertThat(web.photo(photo).state()).isEqualTo(PhotoState.FAILED);
        assertThat(web.get("/history").body()).contains("<div class=\"thumb missing\" role=\"img\" "
                + "aria-label=\"no image\">no image: download: ", "HTTP 404 from http://127.0.0.1:");
    }

    @Test
    void aPhotoWithoutThumbnailIsNotFound() {
        HttpResponse<String> missing = web.get("/thumbnails/12345.jpg");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no thumbnail for photo 12345");
    }

    @Test
    void aThumbnailPathThatIsNoPhotoIdIsNotFound() {
        assertThat(web.get("/thumbnails/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
    }

    @Test
    void thePagesScriptAndStylesAreServedFromTheJar() {
        assertThat(web.get("/assets/app.js").body()).contains("case 'j': select(current + 1)");
        assertThat(web.get("/assets/app.css").headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
    }
}
