package dev.autocaption.bot.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.testing.FileModes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailsTest {
    @TempDir
    Path dir;

    @Test
    void aPortraitImageBecomesAJpegWhoseLongSideIs320() throws Exception {
        Thumbnails thumbnails = Thumbnails.open(dir.resolve("thumbnails"), 100_000_000L);

        thumbnails.downloaded(photo(7), png(600, 1200));

        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(thumbnails.read(7).orElseThrow()));
        assertThat(thumbnail.getWidth()).isEqualTo(160);
        assertThat(thumbnail.getHeight()).isEqualTo(320);
    }

    @Test
    void aSmallImageIsNotEnlarged() throws Exception {
        Thumbnails thumbnails = Thumbnails.open(dir, 100_000_000L);

        thumbnails.downloaded(photo(1), png(200, 100));

        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnails.read(1).orElseThrow())).getWidth())
                .isEqualTo(200);
    }

    @Test
    void aThumbnailIsMadeOnceAndKeptWhenThePhotoIsDownloadedAgain() throws Exception {
        Thumbnails thumbnails = Thumbnails.open(dir, 100_000_000L);
        thumbnails.downloaded(photo(3), png(400, 300));
        byte[] first = thumbnails.read(3).orElseThrow();

        thumbnails.downloaded(photo(3), png(100, 100));

        assertThat(thumbnails.read(3)).hasValue(first);
    }

    @Test
    void bytesThatAreNoImageLeaveNoThumbnail() {
        Thumbnails thumbnails = Thumbnails.open(dir, 100_000_000L);

        thumbnails.downloaded(photo(4), "<html>not an image</html>".getBytes(StandardCharsets.UTF_8));

        assertThat(thumbnails.has(4)).isFalse();
        assertThat(thumbnails.read(4)).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theDirectoryAndItsThumbnailsAreOwnerOnly() throws Exception {
        Thumbnails thumbnails = Thumbnails.open(dir.resolve("data/thumbnails"), 100_000_000L);

        thumbnails.downloaded(photo(5), png(64, 64));

        assertThat(FileModes.under(dir.resolve("data"))).containsOnly(Map.entry("", "rwx------"),
                Map.entry("thumbnails", "rwx------"), Map.entry("thumbnails/5.jpg", "rw-------"));
    }

    private static Photo photo(long id) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        return new Photo(id, "flickr-main", "p" + id, null, at, "title", null, List.of(), PhotoState.DISCOVERED, null,
                at, at, 0, null);
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
