package dev.autocaption.bot.connector.folder;

import static dev.autocaption.bot.connector.folder.PhotoFiles.image;
import static dev.autocaption.bot.connector.folder.PhotoFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.bot.connector.files.MemoryFileIndex;
import dev.autocaption.bot.connector.folder.FolderConfig.SidecarName;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedWriteTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private FolderPhotoSource embedding() {
        return new FolderPhotoSource(TestAccounts.folder(root, SidecarName.BESIDE_EXTENSION, true), CLOCK,
                FileContents.DISK, new MemoryFileIndex());
    }

    private RemotePhoto discovered(FolderPhotoSource source) throws Exception {
        return source.refresh(source.poll(PollCursor.startingAt(Instant.EPOCH)).photos().get(0));
    }

    @Test
    void embedWritesXmpIptcAndExifInSyncAndKeepsThePixels() throws Exception {
        byte[] original = image("jpg", 7, 64);
        Path file = write(root, "beach.jpg", original);
        FolderPhotoSource source = embedding();

        WriteReceipt receipt = source.write(discovered(source), "A dog on a beach.");

        byte[] embedded = Files.readAllBytes(file);
        Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
        assertThat(receipt.action()).isEqualTo(WriteAction.DESCRIPTION_SET);
        assertThat(EmbeddedText.read(file, FileContents.DISK)).isEqualTo("A dog on a beach.");
        assertThat(metadata.getFirstDirectoryOfType(IptcDirectory.class).getString(IptcDirectory.TAG_CAPTION))
                .isEqualTo("A dog on a beach.");
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)
                .getString(ExifIFD0Directory.TAG_IMAGE_DESCRIPTION)).isEqualTo("A dog on a beach.");
        assertThat(Files.readString(root.resolve("beach.jpg.xmp"))).contains("A dog on a beach.");
        assertThat(pixels(embedded)).isEqualTo(pixels(original));
    }

    @Test
    void embeddedFileIsNoNewPhotoAtTheNextPoll() throws Exception {
        write(root, "beach.jpg", image("jpg", 7, 64));
        FolderPhotoSource source = embedding();
        source.write(discovered(source), "A dog on a beach.");

        assertThat(source.poll(PollCursor.startingAt(Instant.EPOCH)).photos()).isEmpty();
    }

    @Test
    void undoPutsTheOriginalBytesBackAndDeletesOurSidecar() throws Exception {
        byte[] original = image("jpg", 7, 64);
        Path file = write(root, "beach.jpg", original);
        FolderPhotoSource source = embedding();
        WriteReceipt receipt = source.write(discovered(source), "A dog on a beach.");

        source.undo(receipt);

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(root.resolve("beach.jpg.xmp")).doesNotExist();
    }

    @Test
    void pngKeepsItsDescriptionInTheSidecarOnly() throws Exception {
        byte[] original = image("png", 8, 64);
        Path file = write(root, "dog.png", original);
        FolderPhotoSource source = embedding();

        source.write(discovered(source), "A dog on a sofa.");

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(Files.readString(root.resolve("dog.png.xmp"))).contains("A dog on a sofa.");
    }

    private static int[] pixels(byte[] jpeg) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
