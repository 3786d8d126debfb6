package dev.autocaption.bot.connector.facebook;

import com.restfb.types.Photo;
import dev.autocaption.bot.connector.ImageSize;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import dev.autocaption.config.AccountConfig;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns RestFB photos into our records: skips with reasons and the image size to download. */
final class FacebookPhotos {

    /** The photo fields we ask for. */
    static final String FIELDS = "id,name,created_time,updated_time,images,page_story_id,album,alt_text_custom";

    private final AccountConfig account;

    FacebookPhotos(AccountConfig account) {
        this.account = account;
    }

    /**
     * Why this photo must not be captioned, or empty. Facebook has no tags: the opt-out is the hashtag
     * {@code #<opt-out-tag>} in the photo's caption.
     */
    Optional<SkippedPhoto> skipReason(Photo photo) {
        if (photo.getAlbum() != null && account.excludeAlbums().contains(photo.getAlbum().getId())) {
            return Optional.of(new SkippedPhoto(photo.getId(), SkipReason.EXCLUDED_ALBUM,
                    "album " + photo.getAlbum().getId()));
        }
        String hashtag = "#" + account.optOutTag().toLowerCase(Locale.ROOT);
        if (photo.getName() != null && photo.getName().toLowerCase(Locale.ROOT).contains(hashtag)) {
            return Optional.of(new SkippedPhoto(photo.getId(), SkipReason.OPT_OUT_TAG, "caption contains " + hashtag));
        }
        if (chooseSize(photo).isEmpty()) {
            return Optional.of(new SkippedPhoto(photo.getId(), SkipReason.NO_IMAGE, "no images listed"));
        }
        return Optional.empty();
    }

    Optional<ImageSize> chooseSize(Photo photo) {
        List<ImageSize> sizes = photo.getImages() == null ? List.of() : photo.getImages().stream()
                .filter(i -> i.getSource() != null && i.getWidth() != null && i.getHeight() != null)
                .map(i -> new ImageSize(URI.create(i.getSource()), i.getWidth(), i.getHeight())).toList();
        return ImageSize.choose(sizes, account.maxImageSize());
    }

    /** @param created the photo's creation time, or the walk's mark when the listing gave none */
    RemotePhoto toRemote(Photo photo, Instant created) {
        return new RemotePhoto(account.id(), photo.getId(), chooseSize(photo).orElseThrow().uri(),
                created, "", photo.getName() == null ? "" : photo.getName(), List.of(),
                false, photo.getPageStoryId());
    }
}
