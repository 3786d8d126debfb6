package dev.autocaption.bot.connector.folder;

import static dev.autocaption.bot.connector.folder.PhotoFiles.image;
import static dev.autocaption.bot.connector.folder.PhotoFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import dev.autocaption.bot.connector.CaptionWrite;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.bot.connector.files.MemoryFileIndex;
import dev.autocaption.bot.connector.folder.FolderConfig.SidecarName;
import dev.autocaption.bot.connector.folder.FolderConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderPhotoSourceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private FolderPhotoSource source(SidecarName layout) {
        return new FolderPhotoSource(TestAccounts.folder(root, layout, false), CLOCK, FileContents.DISK,
                new MemoryFileIndex());
    }

    private static PollResult poll(FolderPhotoSource source) throws Exception {
        return source.poll(PollCursor.startingAt(Instant.EPOCH));
    }

    @Test
    void pollListsJpegAndPngByTheirPathWithoutText() throws Exception {
        write(root, "2026/beach.jpg", image("jpg", 1));
        write(root, "2026/dog.png", image("png", 2));
        write(root, "2026/notes.txt", "not a photo".getBytes());

        PollResult result = poll(source(SidecarName.BESIDE_EXTENSION));

        assertThat(result.photos()).extracting(RemotePhoto::title).containsExactly("2026/beach.jpg", "2026/dog.png");
        assertThat(result.photos()).allSatisfy(photo -> {
            assertThat(photo.existingText()).isEmpty();
            assertThat(photo.remoteId()).matches("[0-9a-f]{24}");
        });
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void hiddenFoldersAreSkippedAndGlobsApplied() throws Exception {
        write(root, ".thumbnails/beach.jpg", image("jpg", 1));
        write(root, "keep/a.jpg", image("jpg", 2));
        write(root, "keep/b.png", image("png", 3));
        write(root, "keep/private/c.jpg", image("jpg", 4));
        FolderConfig folder = new FolderConfig(root, List.of("**/*.jpg"), List.of("**/private/**"),
                SidecarName.BESIDE_EXTENSION, false);
        FolderPhotoSource source = new FolderPhotoSource(TestAccounts.folder(root, folder), CLOCK,
                FileContents.DISK, new MemoryFileIndex());

        assertThat(poll(source).photos()).extracting(RemotePhoto::title).containsExactly("keep/a.jpg");
    }

    @Test
    void renamedOrTouchedPhotoIsNoNewPhoto() throws Exception {
        Path beach = write(root, "beach.jpg", image("jpg", 1));
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);
        RemotePhoto first = poll(source).photos().get(0);

        Files.setLastModifiedTime(beach, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(poll(source).photos()).isEmpty();
        Files.move(beach, root.resolve("renamed.jpg"));
        assertThat(poll(source).photos()).isEmpty();

        assertThat(source.refresh(first).title()).isEqualTo("renamed.jpg");
    }

    @Test
    void changedContentIsANewPhoto() throws Exception {
        Path beach = write(root, "beach.jpg", image("jpg", 1));
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);
        String before = poll(source).photos().get(0).remoteId();

        Files.write(beach, image("jpg", 2));
        Files.setLastModifiedTime(beach, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(poll(source).photos()).extracting(RemotePhoto::remoteId).doesNotContain(before).hasSize(1);
    }

    @Test
    void rawWithoutPreviewIsSkippedWithTheReason() throws Exception {
        write(root, "IMG_0001.CR2", new byte[] {1, 2, 3});

        PollResult result = poll(source(SidecarName.BESIDE_EXTENSION));

        assertThat(result.photos()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.reason()).isEqualTo(SkipReason.UNSUPPORTED_FORMAT);
            assertThat(skip.detail()).isEqualTo("IMG_0001.CR2: a RAW file without a JPEG preview of the same name "
                    + "beside it (looked for IMG_0001.jpg)");
        });
    }

    @Test
    void rawWithJpegPreviewIsCaptionedFromThePreviewAndGetsTheSidecar() throws Exception {
        write(root, "IMG_0002.NEF", new byte[] {1, 2, 3});
        byte[] preview = image("jpg", 5);
        write(root, "IMG_0002.JPG", preview);
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);

        RemotePhoto photo = poll(source).photos().get(0);

        assertThat(photo.title()).isEqualTo("IMG_0002.NEF");
        assertThat(source.openImage(photo)).isEqualTo(preview);
        source.write(source.refresh(photo), "A drawn scene.");
        assertThat(root.resolve("IMG_0002.NEF.xmp")).exists();
    }

    @Test
    void writeCreatesASidecarWithTheDescriptionAndOurMarker() throws Exception {
        write(root, "beach.jpg", image("jpg", 1));
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);
        RemotePhoto photo = source.refresh(poll(source).photos().get(0));

        WriteReceipt receipt = source.write(photo, "A dog on a beach.");
        WriteReceipt mark = source.markProcessed(photo, "demo-1");

        assertThat(receipt.action()).isEqualTo(WriteAction.DESCRIPTION_SET);
        assertThat(mark.action()).isEqualTo(WriteAction.MARKER_ADDED);
        XMPMeta meta = XMPMetaFactory.parseFromBuffer(Files.readAllBytes(root.resolve("beach.jpg.xmp")));
        assertThat(XmpSidecar.description(meta)).isEqualTo("A dog on a beach.");
        assertThat(meta.getPropertyString(XmpSidecar.NAMESPACE, "status")).isEqualTo("captioned");
        assertThat(meta.getPropertyString(XmpSidecar.NAMESPACE, "model")).isEqualTo("demo-1");
        assertThat(meta.getPropertyString(XmpSidecar.NAMESPACE, "captionedAt")).isEqualTo("2026-12-04T12:00:00Z");
        RemotePhoto after = source.refresh(photo);
        assertThat(after.markedProcessed()).isTrue();
        assertThat(source.write(after, "Another text.").action()).isEqualTo(WriteAction.ALREADY_DONE);
    }

    @Test
    void sidecarMarkerKeepsTheModelScoreAndPhotoIdOfAMachineCaption() throws Exception {
        write(root, "beach.jpg", image("jpg", 1));
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);
        RemotePhoto photo = source.refresh(poll(source).photos().get(0));
        CaptionWrite caption = new CaptionWrite("A dog on a beach.", "show-and-tell-2", 0.8125);

        source.write(photo, caption);
        source.markProcessed(photo, caption);

        XMPMeta meta = XMPMetaFactory.parseFromBuffer(Files.readAllBytes(root.resolve("beach.jpg.xmp")));
        assertThat(meta.getPropertyString(XmpSidecar.NAMESPACE, "model")).isEqualTo("show-and-tell-2");
        assertThat(meta.getPropertyString(XmpSidecar.NAMESPACE, "score")).isEqualTo("0.8125");
        assertThat(meta.getPropertyString(XmpSidecar.NAMESPACE, XmpSidecar.PHOTO_ID)).isEqualTo(photo.remoteId());
    }

    @Test
    void personsEditedTextIsMarkedAsThePersonsWithoutAScore() throws Exception {
        write(root, "beach.jpg", image("jpg", 1));
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);
        RemotePhoto photo = source.refresh(poll(source).photos().get(0));
        CaptionWrite edited = CaptionWrite.of("Our dog Rex at Brighton.");

        source.write(photo, edited);
        source.markProcessed(photo, edited);

        XMPMeta meta = XMPMetaFactory.parseFromBuffer(Files.readAllBytes(root.resolve("beach.jpg.xmp")));
        assertThat(XmpSidecar.description(meta)).isEqualTo("Our dog Rex at Brighton.");
        assertThat(meta.getPropertyString(XmpSidecar.NAMESPACE, "model")).isEqualTo(CaptionWrite.PERSON);
        assertThat(meta.doesPropertyExist(XmpSidecar.NAMESPACE, "score")).isFalse();
    }

    @Test
    void digikamSidecarIsMergedNeverClobbered() throws Exception {
        write(root, "beach.jpg", image("jpg", 1));
        write(root, "beach.jpg.xmp", PhotoFiles.digikam().getBytes());
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);
        RemotePhoto photo = source.refresh(poll(source).photos().get(0));

        source.write(photo, "A dog on a beach.");

        XMPMeta meta = XMPMetaFactory.parseFromBuffer(Files.readAllBytes(root.resolve("beach.jpg.xmp")));
        assertThat(XmpSidecar.description(meta)).isEqualTo("A dog on a beach.");
        assertThat(meta.getPropertyString("http://ns.adobe.com/xap/1.0/", "Rating")).isEqualTo("4");
        assertThat(meta.getArrayItem("http://www.digikam.org/ns/1.0/", "TagsList", 1).getValue())
                .isEqualTo("Places/Beach");
        assertThat(meta.getArrayItem("http://purl.org/dc/elements/1.1/", "subject", 1).getValue()).isEqualTo("Beach");
    }

    @Test
    void lightroomLayoutWritesTheSidecarInPlaceOfTheExtension() throws Exception {
        write(root, "IMG_0003.jpg", image("jpg", 3));
        write(root, "IMG_0003.xmp", PhotoFiles.lightroom(null).getBytes());
        FolderPhotoSource source = source(SidecarName.REPLACE_EXTENSION);
        RemotePhoto photo = source.refresh(poll(source).photos().get(0));

        source.write(photo, "A red car.");

        XMPMeta meta = XMPMetaFactory.parseFromBuffer(Files.readAllBytes(root.resolve("IMG_0003.xmp")));
        assertThat(XmpSidecar.description(meta)).isEqualTo("A red car.");
        assertThat(meta.getPropertyString("http://ns.adobe.com/camera-raw-settings/1.0/", "Exposure2012"))
                .isEqualTo("+0.35");
        assertThat(root.resolve("IMG_0003.jpg.xmp")).doesNotExist();
    }

    @Test
    void darktableDescriptionIsThePersonsTextAndNeverReplaced() throws Exception {
        write(root, "beach.jpg", image("jpg", 1));
        byte[] sidecar = PhotoFiles.darktable("Our dog Rex at Brighton").getBytes();
        write(root, "beach.jpg.xmp", sidecar);
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);

        RemotePhoto photo = poll(source).photos().get(0);

        assertThat(photo.existingText()).isEqualTo("Our dog Rex at Brighton");
        assertThat(source.write(photo, "A dog on a beach.").action()).isEqualTo(WriteAction.TEXT_PRESENT);
        assertThat(Files.readAllBytes(root.resolve("beach.jpg.xmp"))).isEqualTo(sidecar);
    }

    @Test
    void descriptionWrittenJustBeforeOurWriteIsKept() throws Exception {
        write(root, "beach.jpg", image("jpg", 1));
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);
        RemotePhoto refreshed = source.refresh(poll(source).photos().get(0));
        byte[] persons = PhotoFiles.lightroom("Written a moment ago").getBytes();
        write(root, "beach.jpg.xmp", persons);

        assertThat(source.write(refreshed, "A dog on a beach.").action()).isEqualTo(WriteAction.TEXT_PRESENT);
        assertThat(Files.readAllBytes(root.resolve("beach.jpg.xmp"))).isEqualTo(persons);
    }

    @Test
    void undoRestoresAnExistingSidecarByteForByte() throws Exception {
        write(root, "beach.jpg", image("jpg", 1));
        byte[] original = PhotoFiles.digikam().getBytes();
        write(root, "beach.jpg.xmp", original);
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);
        RemotePhoto photo = source.refresh(poll(source).photos().get(0));
        WriteReceipt written = source.write(photo, "A dog on a beach.");
        WriteReceipt marked = source.markProcessed(photo, "demo-1");

        source.undo(marked);
        source.undo(written);

        assertThat(Files.readAllBytes(root.resolve("beach.jpg.xmp"))).isEqualTo(original);
    }

    @Test
    void undoDeletesTheSidecarWeCreated() throws Exception {
        write(root, "beach.jpg", image("jpg", 1));
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);
        RemotePhoto photo = source.refresh(poll(source).photos().get(0));
        WriteReceipt written = source.write(photo, "A dog on a beach.");

        source.undo(written);

        assertThat(root.resolve("beach.jpg.xmp")).doesNotExist();
    }

    @Test
    void undoLeavesASidecarEditedAfterUsAlone() throws Exception {
        write(root, "beach.jpg", image("jpg", 1));
        FolderPhotoSource source = source(SidecarName.BESIDE_EXTENSION);
        RemotePhoto photo = source.refresh(poll(source).photos().get(0));
        WriteReceipt written = source.write(photo, "A dog on a beach.");
        byte[] edited = PhotoFiles.darktable("Rex, corrected by hand").getBytes();
        Files.write(root.resolve("beach.jpg.xmp"), edited);

        org.assertj.core.api.Assertions.assertThatExceptionOfType(
                dev.autocaption.bot.connector.ConnectorException.class).isThrownBy(() -> source.undo(written))
                .withMessageContaining("changed since we wrote it");
        assertThat(Files.readAllBytes(root.resolve("beach.jpg.xmp"))).isEqualTo(edited);
    }
}
