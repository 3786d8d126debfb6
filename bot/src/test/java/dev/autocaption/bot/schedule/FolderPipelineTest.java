package dev.autocaption.bot.schedule;

import static dev.autocaption.bot.connector.folder.PhotoFiles.image;
import static dev.autocaption.bot.connector.folder.PhotoFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.connector.folder.PhotoFiles;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.bot.connector.folder.FolderConfig;
import dev.autocaption.bot.connector.folder.FolderConfig.SidecarName;
import dev.autocaption.config.ReviewConfig;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.PostSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderPipelineTest {
    @TempDir
    Path dir;
    Path library;
    PipelineHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new PipelineHarness(dir);
        library = Files.createDirectory(dir.resolve("library"));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private WatchedAccount watch(ReviewMode mode) {
        AccountConfig plain = TestAccounts.folder(library, new FolderConfig(library.toAbsolutePath(), List.of(),
                List.of(), SidecarName.BESIDE_EXTENSION, false));
        AccountConfig account = new AccountConfig(plain.id(), plain.type(), null, plain.since(), false, plain.write(),
                plain.writeTemplate(), null, false, plain.optOutTag(), List.of(), plain.maxImageSize(), false,
                plain.credentials(), null, plain.schedule(), plain.filter(),
                new ReviewConfig(mode, h.sims.approvalsFile()), null, plain.settings());
        return h.watch(account);
    }

    /** A folder photo's id: the start of the SHA-256 of its bytes. */
    private String remoteId(String path) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(library.resolve(path)));
        return HexFormat.of().formatHex(hash).substring(0, 24);
    }

    @Test
    void captionGoesIntoTheSidecarOnceAndTheHistory() throws Exception {
        h.captioner.say(41, "A dog running on a beach.", 0.9);
        write(library, "2026/dog.jpg", image("jpg", 1, 41));
        WatchedAccount account = watch(ReviewMode.HYBRID);

        CycleResult first = h.run(account);
        byte[] sidecar = Files.readAllBytes(library.resolve("2026/dog.jpg.xmp"));
        CycleResult second = h.run(account);

        assertThat(first.counts().posted()).isEqualTo(1);
        assertThat(second.counts().discovered()).isZero();
        assertThat(new String(sidecar)).contains("A dog running on a beach.", "captioned", "fake-model-1");
        assertThat(Files.readAllBytes(library.resolve("2026/dog.jpg.xmp"))).isEqualTo(sidecar);
        assertThat(h.state("photos", remoteId("2026/dog.jpg"))).isEqualTo(PhotoState.POSTED);
    }

    @Test
    void queuedCaptionIsWrittenOnlyAfterApprovalAndRollbackRestoresTheSidecar() throws Exception {
        h.captioner.say(42, "Two cats on a sofa.", 0.9);
        write(library, "cats.jpg", image("jpg", 2, 42));
        byte[] digikam = PhotoFiles.darktable(null).getBytes();
        write(library, "cats.jpg.xmp", digikam);
        WatchedAccount account = watch(ReviewMode.REVIEW);
        h.run(account);
        String cats = remoteId("cats.jpg");
        assertThat(h.state("photos", cats)).isEqualTo(PhotoState.QUEUED);
        assertThat(Files.readAllBytes(library.resolve("cats.jpg.xmp"))).isEqualTo(digikam);

        h.approve("photos/" + cats + ": approve");
        h.run(account);
        assertThat(Files.readString(library.resolve("cats.jpg.xmp"))).contains("Two cats on a sofa.");

        var undone = h.rollback().run(PostSelection.all(), false);

        assertThat(undone).singleElement().satisfies(item -> assertThat(item.problem()).isNull());
        assertThat(Files.readAllBytes(library.resolve("cats.jpg.xmp"))).isEqualTo(digikam);
        assertThat(h.state("photos", cats)).isEqualTo(PhotoState.ROLLED_BACK);
    }

    @Test
    void personsSidecarDescriptionSkipsThePhotoAsHumanText() throws Exception {
        write(library, "rex.jpg", image("jpg", 3, 43));
        byte[] persons = PhotoFiles.darktable("Rex at Brighton").getBytes();
        write(library, "rex.jpg.xmp", persons);
        WatchedAccount account = watch(ReviewMode.HYBRID);

        h.run(account);

        assertThat(h.photo("photos", remoteId("rex.jpg")).reason()).isEqualTo("human text");
        assertThat(Files.readAllBytes(library.resolve("rex.jpg.xmp"))).isEqualTo(persons);
    }

    @Test
    void crashBetweenSidecarWriteAndCommitIsReconciledWithoutASecondWrite() throws Exception {
        h.captioner.say(44, "A red car on a street.", 0.9);
        write(library, "car.jpg", image("jpg", 4, 44));
        WatchedAccount account = watch(ReviewMode.REVIEW);
        h.run(account);
        String car = remoteId("car.jpg");
        h.approveNow("photos", car);
        h.crashAfterRemoteWrite(account, car);
        byte[] written = Files.readAllBytes(library.resolve("car.jpg.xmp"));
        var modified = Files.getLastModifiedTime(library.resolve("car.jpg.xmp"));

        h.run(account);

        assertThat(h.state("photos", car)).isEqualTo(PhotoState.POSTED);
        assertThat(h.events(PipelineEvent.Kind.RECONCILED)).hasSize(1);
        assertThat(Files.readAllBytes(library.resolve("car.jpg.xmp"))).isEqualTo(written);
        assertThat(Files.getLastModifiedTime(library.resolve("car.jpg.xmp"))).isEqualTo(modified);
        h.rollback().run(PostSelection.all(), false);
        assertThat(library.resolve("car.jpg.xmp")).doesNotExist();
    }
}
