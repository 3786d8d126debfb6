package dev.autocaption.bot.connector.flickr;

import static org.assertj.core.api.Assertions.assertThat;

import com.flickr4java.flickr.RequestContext;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.simulator.RecordedRequest;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.WriteMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlickrPhotoSourceTest {

    private static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");

    @TempDir
    Path dir;
    private FlickrHarness h;

    @BeforeEach
    void start() {
        h = new FlickrHarness(dir);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void pollListsNewPhotosOldestFirstThroughASignedSearch() throws Exception {
        String second = h.sim.addPhoto(FlickrPhotoSeed.of("Harbour", T0.plusSeconds(60)).withDescription("Boats")
                .withTags("sea", "Two Words"));
        String first = h.sim.addPhoto(FlickrPhotoSeed.of("Beach", T0));
        FlickrPhotoSource source = Connectors.standard(h.runtime, 3600).create(h.account()) instanceof
                FlickrPhotoSource s ? s : null;

        PollResult result = source.poll(PollCursor.startingAt(T0.minus(Duration.ofDays(1))));

        assertThat(result.photos()).extracting(RemotePhoto::remoteId).containsExactly(first, second);
        RemotePhoto harbour = result.photos().get(1);
        assertThat(harbour.title()).isEqualTo("Harbour");
        assertThat(harbour.existingText()).isEqualTo("Boats");
        assertThat(harbour.tags()).containsExactly("sea", "twowords");
        assertThat(harbour.uploadedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(result.next().highWaterMark()).isEqualTo(T0.plusSeconds(60));
        RecordedRequest search = h.sim.requests("flickr.photos.search").get(0);
        assertThat(search.method()).isEqualTo("GET");
        assertThat(search.param("user_id")).isEqualTo("me");
        assertThat(search.param("sort")).isEqualTo("date-posted-asc");
        assertThat(search.param("min_upload_date"))
                .isEqualTo(Long.toString(T0.minus(Duration.ofDays(1)).minus(Duration.ofHours(1)).getEpochSecond()));
        assertThat(search.param("extras").split(","))
                .contains("description", "date_upload", "tags", "machine_tags", "media", "url_l", "url_o");
        assertThat(search.param("per_page")).isEqualTo("500");
        assertThat(search.authorizedWith("OAuth")).isTrue();
        assertThat(search.params()).doesNotContainKey("api_key");
        assertThat(RequestContext.getRequestContext().getAuth()).isNull();
    }

    @Test
    void pollWalksEveryPageOfTheSearch() throws Exception {
        for (int i = 0; i < 5; i++) {
            h.sim.addPhoto(FlickrPhotoSeed.of("p" + i, T0.plusSeconds(i)));
        }
        FlickrPhotoSource source = h.source(h.account(), new FlickrSettings(Duration.ofHours(1), 2, 10),
                dev.autocaption.bot.connector.CallBudget.flickrDefault(h.clock), h.runtime);

        PollResult result = source.poll(PollCursor.startingAt(T0));

        assertThat(result.photos()).extracting(RemotePhoto::title).containsExactly("p0", "p1", "p2", "p3", "p4");
        assertThat(result.more()).isFalse();
        assertThat(h.sim.requests("flickr.photos.search")).extracting(r -> r.param("page"))
                .containsExactly("1", "2", "3");
    }

    @Test
    void overlapWindowFindsLateIndexedPhotosWithoutRepeatingSeenOnes() throws Exception {
        h.sim.addPhoto(FlickrPhotoSeed.of("a", T0));
        h.sim.addPhoto(FlickrPhotoSeed.of("b", T0.plusSeconds(600)));
        FlickrPhotoSource source = h.source(h.account());
        PollResult first = source.poll(PollCursor.startingAt(T0));
        String late = h.sim.addPhoto(FlickrPhotoSeed.of("late", T0.plusSeconds(300)));
        String fresh = h.sim.addPhoto(FlickrPhotoSeed.of("fresh", T0.plusSeconds(900)));

        PollResult second = source.poll(PollCursor.parse(first.next().toToken()));

        assertThat(first.photos()).extracting(RemotePhoto::title).containsExactly("a", "b");
        assertThat(second.photos()).extracting(RemotePhoto::remoteId).containsExactly(late, fresh);
        assertThat(h.sim.requests("flickr.photos.search").get(1).param("min_upload_date"))
                .isEqualTo(Long.toString(T0.plusSeconds(600).minus(Duration.ofHours(1)).getEpochSecond()));
        assertThat(source.poll(second.next()).photos()).isEmpty();
    }

    @Test
    void firstPollStartsAtSinceUnlessBackfillWalksTheWholeHistoryInThrottledSteps() throws Exception {
        for (int i = 0; i < 5; i++) {
            h.sim.addPhoto(FlickrPhotoSeed.of("old" + i, T0.minus(Duration.ofDays(400 - i))));
        }
        h.sim.addPhoto(FlickrPhotoSeed.of("new", T0));
        AccountConfig since = TestAccounts.flickr(h.sim.baseUri(), h.tokenFile, WriteMode.FILL_EMPTY,
                T0.minus(Duration.ofDays(1)), false, List.of());
        FlickrSettings small = new FlickrSettings(Duration.ofHours(1), 3, 1);
        FlickrPhotoSource normal = h.source(since, small, dev.autocaption.bot.connector.CallBudget.flickrDefault(
                h.clock), h.runtime);
        AccountConfig backfill = TestAccounts.with(since, true, "{caption}", 1600);
        FlickrPhotoSource walker = h.source(backfill, small, dev.autocaption.bot.connector.CallBudget.flickrDefault(
                h.clock), h.runtime);

        assertThat(normal.poll(PollCursor.initial(since, T0)).photos()).extracting(RemotePhoto::title)
                .containsExactly("new");
        PollResult step = walker.poll(PollCursor.initial(backfill, T0));
        List<String> titles = new java.util.ArrayList<>(step.photos().stream().map(RemotePhoto::title).toList());
        int polls = 1;
        while (step.more()) {
            step = walker.poll(step.next());
            step.photos().forEach(p -> titles.add(p.title()));
            polls++;
        }
        assertThat(titles).containsExactly("old0", "old1", "old2", "old3", "old4", "new");
        assertThat(polls).isEqualTo(3);
        assertThat(h.sim.requests("flickr.photos.search").get(1).params()).doesNotContainKey("min_upload_date");
    }

    @Test
    void pollSkipsVideosPrivatePhotosOptOutTagsExcludedAlbumsAndCaptionedPhotosWithReasons() throws Exception {
        String video = h.sim.addPhoto(FlickrPhotoSeed.of("v", T0).asVideo());
        String hidden = h.sim.addPhoto(FlickrPhotoSeed.of("h", T0.plusSeconds(1)).withPublic(false));
        String optOut = h.sim.addPhoto(FlickrPhotoSeed.of("o", T0.plusSeconds(2)).withTags("NoCaption"));
        String album = h.sim.addPhoto(FlickrPhotoSeed.of("a", T0.plusSeconds(3)).inAlbums("72157600000000001"));
        String done = h.sim.addPhoto(FlickrPhotoSeed.of("d", T0.plusSeconds(4))
                .withTags("autocaption:status=captioned"));
        String good = h.sim.addPhoto(FlickrPhotoSeed.of("g", T0.plusSeconds(5)));
        AccountConfig account = TestAccounts.flickr(h.sim.baseUri(), h.tokenFile, WriteMode.FILL_EMPTY, T0, false,
                List.of("72157600000000001"));

        PollResult result = h.source(account).poll(PollCursor.startingAt(T0));

        assertThat(result.photos()).extracting(RemotePhoto::remoteId).containsExactly(good);
        assertThat(result.skipped()).extracting(SkippedPhoto::remoteId, SkippedPhoto::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(video, SkipReason.VIDEO),
                org.assertj.core.groups.Tuple.tuple(hidden, SkipReason.NOT_PUBLIC),
                org.assertj.core.groups.Tuple.tuple(optOut, SkipReason.OPT_OUT_TAG),
                org.assertj.core.groups.Tuple.tuple(album, SkipReason.EXCLUDED_ALBUM),
                org.assertj.core.groups.Tuple.tuple(done, SkipReason.ALREADY_CAPTIONED));
        assertThat(h.sim.requests("flickr.photosets.getPhotos")).extracting(r -> r.param("photoset_id"))
                .containsExactly("72157600000000001");
    }

    @Test
    void includePrivateCaptionsPhotosThatAreNotPublic() throws Exception {
        String hidden = h.sim.addPhoto(FlickrPhotoSeed.of("h", T0).withPublic(false));
        AccountConfig account = TestAccounts.flickr(h.sim.baseUri(), h.tokenFile, WriteMode.FILL_EMPTY, T0, true,
                List.of());

        assertThat(h.source(account).poll(PollCursor.startingAt(T0)).photos()).extracting(RemotePhoto::remoteId)
                .containsExactly(hidden);
    }

    @Test
    void downloadsTheLargestSizeWithinTheLimitWithOurOwnClient() throws Exception {
        String id = h.sim.addPhoto(FlickrPhotoSeed.of("big", T0).withSize(3000, 2000));
        FlickrPhotoSource limit1600 = h.source(h.account());
        FlickrPhotoSource limit1000 = h.source(TestAccounts.with(h.account(), false, "{caption}", 1000));

        RemotePhoto photo = limit1600.poll(PollCursor.startingAt(T0)).photos().get(0);
        byte[] image = limit1600.openImage(photo);

        assertThat(photo.imageUri().getPath()).endsWith(id + "_" + photo.imageUri().getPath().split("_")[1] + "_h.jpg");
        assertThat(limit1000.poll(PollCursor.startingAt(T0)).photos().get(0).imageUri().getPath()).endsWith("_c.jpg");
        assertThat(dimensions(image)).containsExactly(1600, 1067);
        assertThat(h.sim.requests("image")).extracting(RecordedRequest::path).containsExactly(photo.imageUri()
                .getPath());
    }

    @Test
    void smallPhotosDownloadTheOriginal() throws Exception {
        h.sim.addPhoto(FlickrPhotoSeed.of("small", T0).withSize(900, 600));

        RemotePhoto photo = h.source(h.account()).poll(PollCursor.startingAt(T0)).photos().get(0);

        assertThat(photo.imageUri().getPath()).endsWith("_o.jpg");
    }

    @Test
    void listsWithoutSizeExtrasFallBackToGetSizesNeverToFarmUrls() throws Exception {
        String id = h.sim.addPhoto(FlickrPhotoSeed.of("t", T0).withSize(3000, 2000));
        h.sim.setUrlExtras(false);

        RemotePhoto photo = h.source(h.account()).poll(PollCursor.startingAt(T0)).photos().get(0);

        assertThat(h.sim.requests("flickr.photos.getSizes")).extracting(r -> r.param("photo_id")).containsExactly(id);
        assertThat(photo.imageUri().toString()).startsWith(h.sim.baseUri().toString()).endsWith("_h.jpg");
    }

    private static List<Integer> dimensions(byte[] jpeg) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(jpeg));
        return List.of(image.getWidth(), image.getHeight());
    }
}
