package dev.autocaption.bot.connector.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.simulator.RecordedRequest;
import dev.autocaption.simulator.facebook.GraphPhotoSeed;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.WriteMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FacebookPhotoSourceTest {

    private static final Instant T0 = Instant.parse("2025-06-01T18:00:00Z");
    private final GraphHarness h = new GraphHarness();

    @AfterEach
    void stop() {
        h.close();
    }

    private RemotePhoto polled(FacebookPhotoSource source, String id) throws Exception {
        return source.poll(PollCursor.startingAt(T0.minus(Duration.ofDays(1)))).photos().stream()
                .filter(p -> p.remoteId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void pollListsUploadedPagePhotosWithTheFieldsAndReturnsThemOldestFirst() throws Exception {
        String older = h.sim.addPhoto(GraphPhotoSeed.of(T0).withCaption("Harbour"));
        String newer = h.sim.addPhoto(GraphPhotoSeed.of(T0.plusSeconds(60)));
        FacebookPhotoSource source = (FacebookPhotoSource) Connectors.standard(h.runtime, 3600)
                .create(h.page(WriteMode.POST_MESSAGE));

        PollResult result = source.poll(PollCursor.startingAt(T0.minus(Duration.ofDays(1))));

        assertThat(result.photos()).extracting(RemotePhoto::remoteId).containsExactly(older, newer);
        assertThat(result.photos().get(0).existingText()).isEqualTo("Harbour");
        assertThat(result.photos().get(0).postId()).startsWith(TestAccounts.PAGE_ID + "_");
        assertThat(result.next().highWaterMark()).isEqualTo(T0.plusSeconds(60));
        RecordedRequest list = h.sim.requests("photos.list").get(0);
        assertThat(list.path()).isEqualTo("/v22.0/" + TestAccounts.PAGE_ID + "/photos");
        assertThat(list.param("type")).isEqualTo("uploaded");
        assertThat(list.param("fields")).contains("id", "name", "created_time", "images", "page_story_id", "album");
        assertThat(list.params()).doesNotContainKey("access_token");
        assertThat(list.authorizedWith("Bearer")).isTrue();
    }

    @Test
    void pollFollowsPagingAndStopsAtTheHighWaterMark() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(h.sim.addPhoto(GraphPhotoSeed.of(T0.plusSeconds(i * 60L))));
        }
        FacebookPhotoSource source = h.source(h.page(WriteMode.POST_MESSAGE), new FacebookSettings(2, 10, true),
                h.runtime);

        PollResult result = source.poll(PollCursor.startingAt(T0.plusSeconds(150)));

        assertThat(result.photos()).extracting(RemotePhoto::remoteId).containsExactlyElementsOf(ids.subList(3, 7));
        assertThat(h.sim.requests("photos.list")).hasSize(3);
        assertThat(h.sim.requests("photos.list").get(1).param("after")).isNotNull();
        assertThat(h.sim.requests("photos.list").get(1).params()).doesNotContainKey("access_token");
        assertThat(h.sim.requests("photos.list").get(1).authorizedWith("Bearer")).isTrue();
        assertThat(source.poll(result.next()).photos()).isEmpty();
    }

    @Test
    void aLongHistoryIsWalkedAcrossPollsAndNewUploadsAreNotLost() throws Exception {
        for (int i = 0; i < 6; i++) {
            h.sim.addPhoto(GraphPhotoSeed.of(T0.plusSeconds(i * 60L)));
        }
        FacebookPhotoSource source = h.source(h.page(WriteMode.POST_MESSAGE), new FacebookSettings(2, 1, true),
                h.runtime);
        PollResult step = source.poll(PollCursor.startingAt(Instant.EPOCH));
        String arrived = h.sim.addPhoto(GraphPhotoSeed.of(T0.plusSeconds(3600)));
        List<RemotePhoto> all = new ArrayList<>(step.photos());
        int polls = 1;
        while (step.more()) {
            step = source.poll(PollCursor.parse(step.next().toToken()));
            all.addAll(step.photos());
            polls++;
        }
        PollResult after = source.poll(step.next());

        assertThat(all).extracting(RemotePhoto::remoteId).doesNotHaveDuplicates().hasSize(6);
        assertThat(polls).isEqualTo(4);
        assertThat(after.photos()).extracting(RemotePhoto::remoteId).containsExactly(arrived);
        assertThat(source.poll(after.next()).photos()).isEmpty();
    }

    @Test
    void pollSkipsExcludedAlbumsAndOptOutHashtags() throws Exception {
        String album = h.sim.addPhoto(GraphPhotoSeed.of(T0).inAlbum("555"));
        String optOut = h.sim.addPhoto(GraphPhotoSeed.of(T0.plusSeconds(1)).withCaption("Private #NoCaption"));
        String good = h.sim.addPhoto(GraphPhotoSeed.of(T0.plusSeconds(2)));
        AccountConfig account = TestAccounts.facebook(FacebookPlatform.PAGE, h.sim.baseUri(),
                WriteMode.POST_MESSAGE, List.of("555"));

        PollResult result = h.source(account).poll(PollCursor.startingAt(T0));

        assertThat(result.photos()).extracting(RemotePhoto::remoteId).containsExactly(good);
        assertThat(result.skipped()).extracting(SkippedPhoto::remoteId, SkippedPhoto::reason)
                .containsExactly(tuple(album, SkipReason.EXCLUDED_ALBUM), tuple(optOut, SkipReason.OPT_OUT_TAG));
    }

    @Test
    void picksTheLargestImageWithinTheLimitAndDownloadsIt() throws Exception {
        String id = h.sim.addPhoto(GraphPhotoSeed.of(T0).withSize(4000, 3000));
        FacebookPhotoSource source = h.source(h.page(WriteMode.POST_MESSAGE));

        RemotePhoto photo = polled(source, id);
        byte[] image = source.openImage(photo);

        assertThat(photo.imageUri().getPath()).isEqualTo("/img/" + id + "_1440.jpg");
        assertThat(image).hasSizeGreaterThan(1000);
        assertThat(h.sim.requests("image")).extracting(RecordedRequest::path).containsExactly(photo.imageUri()
                .getPath());
    }

    @Test
    void postMessageEditsThePagePostWhenItsMessageIsEmptyAndUndoRestoresIt() throws Exception {
        String id = h.sim.addPhoto(GraphPhotoSeed.of(T0));
        FacebookPhotoSource source = h.source(h.page(WriteMode.POST_MESSAGE));
        RemotePhoto photo = source.refresh(polled(source, id));

        WriteReceipt receipt = source.write(photo, "a boat in a harbour");
        String written = h.sim.photo(id).storyMessage();
        source.undo(receipt);

        assertThat(written).isEqualTo("a boat in a harbour");
        RecordedRequest edit = h.sim.requests("post.update").get(0);
        assertThat(edit.method()).isEqualTo("POST");
        assertThat(edit.path()).isEqualTo("/v22.0/" + photo.postId());
        assertThat(edit.param("message")).isEqualTo("a boat in a harbour");
        assertThat(receipt.action()).isEqualTo(WriteAction.POST_MESSAGE_SET);
        assertThat(receipt.remoteRefs()).containsExactly(photo.postId());
        assertThat(h.sim.photo(id).storyMessage()).isEmpty();
        assertThat(h.sim.requests("photo.update")).isEmpty();
    }

    @Test
    void postMessageLeavesAPostThatAlreadyHasAMessage() throws Exception {
        String id = h.sim.addPhoto(GraphPhotoSeed.of(T0).withStoryMessage("Our summer party"));
        FacebookPhotoSource source = h.source(h.page(WriteMode.POST_MESSAGE));
        RemotePhoto photo = source.refresh(polled(source, id));

        WriteReceipt receipt = source.write(photo, "people at a party");

        assertThat(photo.existingText()).isEqualTo("Our summer party");
        assertThat(receipt.action()).isEqualTo(WriteAction.TEXT_PRESENT);
        assertThat(h.sim.requests("post.update")).isEmpty();
    }

    @Test
    void aPhotoWithoutPagePostFallsBackToACommentAndUndoDeletesIt() throws Exception {
        String id = h.sim.addPhoto(GraphPhotoSeed.of(T0).withoutStory());
        FacebookPhotoSource source = h.source(h.page(WriteMode.POST_MESSAGE));
        RemotePhoto photo = source.refresh(polled(source, id));

        WriteReceipt receipt = source.write(photo, "a red bicycle");
        List<String> comments = h.sim.photo(id).comments();
        source.undo(receipt);

        assertThat(comments).containsExactly("a red bicycle");
        assertThat(receipt.action()).isEqualTo(WriteAction.COMMENT_ADDED);
        assertThat(receipt.remoteRefs().get(0)).startsWith(id + "_");
        assertThat(h.sim.requests("comment.create").get(0).path()).isEqualTo("/v22.0/" + id + "/comments");
        assertThat(h.sim.photo(id).comments()).isEmpty();
        assertThat(h.sim.requests("comment.delete")).hasSize(1);
    }

    @Test
    void commentModeCommentsAsThePageAndAdoptsItsOwnEarlierCommentInsteadOfCommentingAgain() throws Exception {
        String id = h.sim.addPhoto(GraphPhotoSeed.of(T0));
        h.sim.rejectDuplicateComments(false);
        FacebookPhotoSource source = h.source(h.page(WriteMode.COMMENT));
        RemotePhoto photo = source.refresh(polled(source, id));

        WriteReceipt first = source.write(photo, "two dogs");
        WriteReceipt second = source.write(photo, "two dogs");
        source.undo(second);

        assertThat(first.action()).isEqualTo(WriteAction.COMMENT_ADDED);
        assertThat(second.action()).isEqualTo(WriteAction.COMMENT_ADOPTED);
        assertThat(second.remoteRefs()).isEqualTo(first.remoteRefs());
        assertThat(h.sim.requests("comment.create")).hasSize(1);
        RecordedRequest lookup = h.sim.requests("comment.list").get(1);
        assertThat(lookup.path()).isEqualTo("/v22.0/" + id + "/comments");
        assertThat(lookup.param("fields")).isEqualTo("id,message,from");
        assertThat(lookup.param("order")).isEqualTo("reverse_chronological");
        assertThat(h.sim.photo(id).comments()).isEmpty();
        assertThat(h.sim.requests("post.update")).isEmpty();
    }

    @Test
    void aVisitorsCommentWithTheSameTextIsNotAdopted() throws Exception {
        String id = h.sim.addPhoto(GraphPhotoSeed.of(T0));
        h.sim.addComment(id, "987654321", "two dogs");
        FacebookPhotoSource source = h.source(h.page(WriteMode.COMMENT));
        RemotePhoto photo = source.refresh(polled(source, id));

        WriteReceipt receipt = source.write(photo, "two dogs");

        assertThat(receipt.action()).isEqualTo(WriteAction.COMMENT_ADDED);
        assertThat(h.sim.photo(id).comments()).containsExactly("two dogs", "two dogs");
    }

    @Test
    void duplicateRefusedByGraphCountsAsDoneWhenTheLookupMissedIt() throws Exception {
        String id = h.sim.addPhoto(GraphPhotoSeed.of(T0));
        FacebookPhotoSource source = h.source(h.page(WriteMode.COMMENT));
        RemotePhoto photo = source.refresh(polled(source, id));
        source.write(photo, "two dogs");
        h.sim.faults().once("comment.list", dev.autocaption.simulator.Fault.Malformed.text(
                "application/json; charset=UTF-8", "{\"data\":[]}"));

        WriteReceipt again = source.write(photo, "two dogs");

        assertThat(again.action()).isEqualTo(WriteAction.ALREADY_DONE);
        assertThat(h.sim.photo(id).comments()).containsExactly("two dogs");
    }

    @Test
    void nextPageUrlsLoseTheirAccessToken() {
        assertThat(FacebookPhotoSource.withoutToken("http://h/v22.0/1/photos?access_token=EAA1&after=x&limit=2"))
                .isEqualTo("http://h/v22.0/1/photos?after=x&limit=2");
        assertThat(FacebookPhotoSource.withoutToken("http://h/p?after=x&access_token=EAA1"))
                .isEqualTo("http://h/p?after=x");
    }

    @Test
    void profilesAreReadOnly() throws Exception {
        h.sim.grantUserToken("user-token", "42", java.util.Set.of("user_photos"));
        String id = h.sim.addUserPhoto("42", GraphPhotoSeed.of(T0).withCaption("Me"));
        AccountConfig profile = TestAccounts.account("me-test", FacebookPlatform.PROFILE, h.sim.baseUri(),
                Instant.EPOCH, WriteMode.NONE, null, false, List.of(), FacebookPlatform.credentials(
                        dev.autocaption.config.Secret.of("user-token")), null);
        FacebookPhotoSource source = h.source(profile);

        RemotePhoto photo = source.poll(PollCursor.startingAt(T0)).photos().get(0);
        WriteReceipt receipt = source.write(photo, "a selfie");

        assertThat(photo.remoteId()).isEqualTo(id);
        assertThat(h.sim.requests("photos.list").get(0).path()).isEqualTo("/v22.0/me/photos");
        assertThat(receipt.action()).isEqualTo(WriteAction.READ_ONLY);
        assertThat(h.sim.requests()).extracting(RecordedRequest::method).containsOnly("GET");
    }

    @Test
    void markingIsLeftToTheStoreOnFacebook() throws Exception {
        String id = h.sim.addPhoto(GraphPhotoSeed.of(T0));
        FacebookPhotoSource source = h.source(h.page(WriteMode.POST_MESSAGE));
        RemotePhoto photo = polled(source, id);
        h.sim.clearRequests();

        assertThat(source.markProcessed(photo, "m1").action()).isEqualTo(WriteAction.NO_REMOTE_MARKER);
        assertThat(h.sim.requests()).isEmpty();
    }
}
