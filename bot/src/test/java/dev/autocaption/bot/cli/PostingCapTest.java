package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.config.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingCapTest {
    private static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");

    @TempDir
    Path dir;
    DaemonCli cli;
    List<String> photos;

    @BeforeEach
    void threeGoodPhotosAndACapOfTwo() {
        cli = new DaemonCli(dir, "hybrid", Engine.SHOW_AND_TELL, "    max-posts-per-day: 2\n");
        cli.captioner.say(401, "A dog running on a beach.", 0.9).say(402, "A cat on a sofa.", 0.9)
                .say(403, "A red car on a street.", 0.9);
        photos = List.of(photo(401), photo(402), photo(403));
    }

    private String photo(int width) {
        return cli.sims.flickr.addPhoto(FlickrPhotoSeed.of("p" + width, UPLOADED.plusSeconds(width))
                .withSize(width, 300));
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    private long described() {
        return photos.stream().filter(id -> !cli.sims.flickr.photo(id).description().isEmpty()).count();
    }

    @Test
    void thePublisherWritesNoMoreThanTheCapAndTheRestWaits() {
        CliRun run = cli.run("run", "--once");

        assertThat(described()).isEqualTo(2);
        assertThat(run.out()).contains("account     flickr-main: max-posts-per-day 2 reached (2 in the last 24 h); 1 "
                + "approved waits until 2026-01-02T00:00:00Z");
    }

    @Test
    void theCapHoldsAcrossRestartsUntilTheDayHasPassed() {
        cli.run("run", "--once");
        cli.run("run", "--once");
        long afterRestart = described();
        cli.sims.clock.advance(Duration.ofHours(24));

        CliRun third = cli.run("run", "--once");

        assertThat(afterRestart).as(third.out()).isEqualTo(2);
        assertThat(described()).as(third.out()).isEqualTo(3);
    }

    @Test
    void accountsSaysWhatWaitsAndUntilWhen() throws Exception {
        cli.run("run", "--once");

        CliRun table = cli.run("accounts");
        JsonNode json = new ObjectMapper().readTree(cli.run("accounts", "--format", "json").out());

        assertThat(table.out()).contains("max-posts-per-day 2 reached (2 in the last 24 h); 1 approved waits until "
                + "2026-01-02 00:00 (in 24 h)");
        assertThat(json.get(0).get("cap").get("waiting").asInt()).isEqualTo(1);
        assertThat(json.get(0).get("cap").get("next_write_at").asText()).isEqualTo("2026-01-02T00:00:00Z");
    }
}
