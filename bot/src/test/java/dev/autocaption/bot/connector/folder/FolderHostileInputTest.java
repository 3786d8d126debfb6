package dev.autocaption.bot.connector.folder;

import static dev.autocaption.bot.connector.folder.PhotoFiles.image;
import static dev.autocaption.bot.connector.folder.PhotoFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.files.MemoryFileIndex;
import dev.autocaption.bot.connector.folder.FolderConfig.SidecarName;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderHostileInputTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path root;

    private FolderPhotoSource source(FileContents contents) {
        return new FolderPhotoSource(TestAccounts.folder(root, SidecarName.BESIDE_EXTENSION, false), CLOCK, contents,
                new MemoryFileIndex());
    }

    private static PollResult poll(FolderPhotoSource source) throws ConnectorException {
        return source.poll(PollCursor.startingAt(Instant.EPOCH));
    }

    @Test
    void fileVanishingBetweenListingAndReadingIsSkippedAndThePollGoesOn() throws Exception {
        write(root, "gone.jpg", image("jpg", 1));
        write(root, "kept.jpg", image("jpg", 2));
        FileContents deletesGoneFirst = file -> {
            if (file.getFileName().toString().equals("gone.jpg")) {
                Files.delete(file);
            }
            return Files.newInputStream(file);
        };

        PollResult result = poll(source(deletesGoneFirst));

        assertThat(result.photos()).extracting(RemotePhoto::title).containsExactly("kept.jpg");
        assertThat(result.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.reason()).isEqualTo(SkipReason.UNREADABLE);
            assertThat(skip.detail()).isEqualTo("gone.jpg: vanished: " + root.resolve("gone.jpg")
                    + " no longer exists");
        });
    }

    @Test
    void unreadableFileIsSkippedWithTheReasonAndReadOnceItCanBe() throws Exception {
        write(root, "locked.jpg", image("jpg", 1));
        write(root, "open.jpg", image("jpg", 2));
        boolean[] locked = {true};
        FileContents denies = file -> {
            if (locked[0] && file.getFileName().toString().equals("locked.jpg")) {
                throw new AccessDeniedException(file.toString());
            }
            return Files.newInputStream(file);
        };
        FolderPhotoSource source = source(denies);

        PollResult first = poll(source);
        locked[0] = false;
        PollResult second = poll(source);

        assertThat(first.photos()).extracting(RemotePhoto::title).containsExactly("open.jpg");
        assertThat(first.skipped()).singleElement().satisfies(skip -> assertThat(skip.detail())
                .isEqualTo("locked.jpg: permission denied: " + root.resolve("locked.jpg")));
        assertThat(second.photos()).extracting(RemotePhoto::title).containsExactly("locked.jpg");
    }

    @Test
    void fileWithoutReadPermissionIsSkipped() throws Exception {
        assumeFalse(ROOT, "root reads files whatever their permissions");
        Path locked = write(root, "locked.jpg", image("jpg", 1));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        PollResult result = poll(source(FileContents.DISK));

        assertThat(result.skipped()).singleElement().satisfies(skip ->
                assertThat(skip.reason()).isEqualTo(SkipReason.UNREADABLE));
    }

    @Test
    void readOnlyFolderFailsThatPhotoOnly() throws Exception {
        assumeFalse(ROOT, "root writes into read-only folders");
        write(root, "ro/a.jpg", image("jpg", 1));
        write(root, "rw/b.jpg", image("jpg", 2));
        Files.setPosixFilePermissions(root.resolve("ro"), PosixFilePermissions.fromString("r-xr-xr-x"));
        FolderPhotoSource source = source(FileContents.DISK);
        PollResult result = poll(source);

        assertThatExceptionOfType(ConnectorException.class)
                .isThrownBy(() -> source.write(source.refresh(result.photos().get(0)), "A caption."))
                .satisfies(e -> assertThat(e.action()).isEqualTo(Action.GIVE_UP));
        assertThat(source.write(source.refresh(result.photos().get(1)), "A caption.").action())
                .isEqualTo(WriteAction.DESCRIPTION_SET);
    }

    @Test
    void sidecarThatCannotBeReplacedFailsThatPhotoOnly() throws Exception {
        write(root, "a.jpg", image("jpg", 1));
        write(root, "b.jpg", image("jpg", 2));
        Files.createDirectory(root.resolve(".a.jpg.xmp.autocaption-tmp"));
        FolderPhotoSource source = source(FileContents.DISK);
        PollResult result = poll(source);

        assertThatExceptionOfType(ConnectorException.class)
                .isThrownBy(() -> source.write(source.refresh(result.photos().get(0)), "A caption."))
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo(Action.GIVE_UP);
                    assertThat(e.operation()).isEqualTo(Operation.WRITE);
                    assertThat(e.getMessage()).contains(".a.jpg.xmp.autocaption-tmp");
                });
        assertThat(root.resolve("a.jpg.xmp")).doesNotExist();
        assertThat(source.write(source.refresh(result.photos().get(1)), "A caption.").action())
                .isEqualTo(WriteAction.DESCRIPTION_SET);
    }

    @Test
    void sidecarWithInvalidXmlFailsThatPhotoBeforeWritingAndIsLeftAlone() throws Exception {
        write(root, "a.jpg", image("jpg", 1));
        byte[] broken = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF".getBytes();
        write(root, "a.jpg.xmp", broken);
        write(root, "b.jpg", image("jpg", 2));
        FolderPhotoSource source = source(FileContents.DISK);

        PollResult result = poll(source);

        assertThat(result.photos()).extracting(RemotePhoto::title).containsExactly("a.jpg", "b.jpg");
        assertThatExceptionOfType(ConnectorException.class).isThrownBy(() -> source.refresh(result.photos().get(0)))
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo(Action.GIVE_UP);
                    assertThat(e.getMessage()).contains("sidecar " + root.resolve("a.jpg.xmp")
                            + " is not valid XMP");
                });
        assertThat(Files.readAllBytes(root.resolve("a.jpg.xmp"))).isEqualTo(broken);
        assertThat(source.refresh(result.photos().get(1)).existingText()).isEmpty();
    }

    @Test
    void secondPollOfAnUnchangedTreeOfTenThousandFilesReadsNoFileContents() throws Exception {
        byte[] jpeg = image("jpg", 1);
        for (int i = 0; i < 10_000; i++) {
            byte[] distinct = ByteBuffer.allocate(jpeg.length + 4).put(jpeg).putInt(i).array();
            write(root, "d" + (i / 500) + "/IMG_" + i + ".jpg", distinct);
        }
        PhotoFiles.CountingContents counting = new PhotoFiles.CountingContents();
        FolderPhotoSource source = source(counting);
        int found = 0;
        PollResult result;
        do {
            result = poll(source);
            found += result.photos().size();
        } while (result.more());
        long firstBytes = counting.bytes.get();
        counting.bytes.set(0);
        counting.opens.set(0);

        PollResult second = poll(source);

        assertThat(found).isEqualTo(10_000);
        assertThat(firstBytes).isGreaterThanOrEqualTo(10_000L * jpeg.length);
        assertThat(second.photos()).isEmpty();
        assertThat(second.more()).isFalse();
        assertThat(counting.opens.get()).isZero();
        assertThat(counting.bytes.get()).isZero();
    }

    @Test
    void missingRootFailsThePollForTheAccountToRetryLater() throws Exception {
        FolderPhotoSource source = source(FileContents.DISK);
        Files.delete(root);

        assertThatExceptionOfType(ConnectorException.class).isThrownBy(() -> poll(source)).satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
            assertThat(e.operation()).isEqualTo(Operation.POLL);
            assertThat(e.getMessage()).contains("cannot list " + root);
        });
    }
}
