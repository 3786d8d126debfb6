package dev.autocaption.bot.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalsWatchTest {
    @TempDir
    Path dir;
    Path shared;
    Path own;
    ApprovalsWatch watch;

    @BeforeEach
    void watchTwoFiles() throws Exception {
        shared = dir.resolve("approvals.yaml");
        own = dir.resolve("shop-approvals.yaml");
        Files.writeString(shared, "decisions:\n");
        watch = new ApprovalsWatch(Map.of(shared, List.of("flickr-main", "flickr-other"), own, List.of("fb-shop")));
    }

    @Test
    void contentPresentAtStartIsNotAChange() {
        assertThat(watch.poll()).isEmpty();
        assertThat(watch.poll()).isEmpty();
    }

    @Test
    void changeCountsOnceItHasSettledForOnePoll() throws Exception {
        Files.writeString(shared, "decisions:\n  flickr-main/1: approve\n");

        List<String> whileWriting = watch.poll();
        List<String> settled = watch.poll();
        List<String> after = watch.poll();

        assertThat(whileWriting).isEmpty();
        assertThat(settled).containsExactlyInAnyOrder("flickr-main", "flickr-other");
        assertThat(after).isEmpty();
    }

    @Test
    void onlyTheAccountsReadingTheChangedFileAreReported() throws Exception {
        Files.writeString(own, "decisions:\n  fb-shop/2: reject\n");

        watch.poll();

        assertThat(watch.poll()).containsExactly("fb-shop");
    }

    @Test
    void fileReplacedByRenameIsAChange() throws Exception {
        Path temporary = dir.resolve(".approvals.yaml.swp");
        Files.writeString(temporary, "decisions:\n  flickr-main/1: reject\n");
        Files.move(temporary, shared, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        watch.poll();

        assertThat(watch.poll()).containsExactlyInAnyOrder("flickr-main", "flickr-other");
    }

    @Test
    void saveThatChangesNothingIsNotAChange() throws Exception {
        Files.writeString(shared, "decisions:\n");
        Files.setLastModifiedTime(shared, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        watch.poll();

        assertThat(watch.poll()).isEmpty();
    }

    @Test
    void changeThatIsUndoneBeforeItSettledIsNotAChange() throws Exception {
        Files.writeString(shared, "decisions:\n  flickr-main/1: approve\n");
        watch.poll();
        Files.writeString(shared, "decisions:\n");

        watch.poll();

        assertThat(watch.poll()).isEmpty();
    }

    @Test
    void deletedFileIsNotAChangeButItsReturnWithNewContentIs() throws Exception {
        Files.delete(shared);
        watch.poll();
        assertThat(watch.poll()).isEmpty();

        Files.writeString(shared, "decisions:\n  flickr-main/3: 2\n");
        watch.poll();

        assertThat(watch.poll()).containsExactlyInAnyOrder("flickr-main", "flickr-other");
    }
}
