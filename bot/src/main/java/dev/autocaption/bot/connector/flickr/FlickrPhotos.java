package dev.autocaption.bot.connector.flickr;

import com.flickr4java.flickr.photos.Photo;
import com.flickr4java.flickr.photos.Size;
import com.flickr4java.flickr.tags.Tag;
import dev.autocaption.bot.connector.ImageSize;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import dev.autocaption.config.AccountConfig;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Turns Flickr4Java photos into our records: which to skip and why, which size to download, which tags. */
final class FlickrPhotos {

    private final AccountConfig account;

    FlickrPhotos(AccountConfig account) {
        this.account = account;
    }

    /** Why this photo must not be captioned, or empty when it may be. */
    Optional<SkippedPhoto> skipReason(Photo photo, Set<String> excludedIds) {
        List<String> tags = tags(photo);
        if ("video".equals(photo.getMedia())) {
            return skip(photo, SkipReason.VIDEO, "media=video");
        }
        if (!photo.isPublicFlag() && !account.includePrivate()) {
            return skip(photo, SkipReason.NOT_PUBLIC, "not public and include-private is false");
        }
        if (MarkerTags.contains(tags, account.optOutTag())) {
            return skip(photo, SkipReason.OPT_OUT_TAG, "tag " + account.optOutTag());
        }
        if (excludedIds.contains(photo.getId())) {
            return skip(photo, SkipReason.EXCLUDED_ALBUM, "in an album of exclude-albums " + account.excludeAlbums());
        }
        if (MarkerTags.contains(tags, MarkerTags.STATUS)) {
            return skip(photo, SkipReason.ALREADY_CAPTIONED, "tag " + MarkerTags.STATUS);
        }
        return Optional.empty();
    }

    private static Optional<SkippedPhoto> skip(Photo photo, SkipReason reason, String detail) {
        return Optional.of(new SkippedPhoto(photo.getId(), reason, detail));
    }

    /** The size to download among those the list returned (url_* extras), if any. */
    Optional<ImageSize> chooseSize(Collection<Size> sizes) {
        List<ImageSize> usable = new ArrayList<>();
        for (Size size : sizes) {
            if (size != null && size.getSource() != null && size.getSource().startsWith("http")
                    && (size.getMedia() == null || size.getMedia().name().equals("photo"))) {
                usable.add(new ImageSize(URI.create(size.getSource()), size.getWidth(), size.getHeight()));
            }
        }
        return ImageSize.choose(usable, account.maxImageSize());
    }

    /** @param uploaded the upload date, or the poll's mark when the listing gave none */
    RemotePhoto toRemote(Photo photo, ImageSize size, Instant uploaded) {
        List<String> tags = tags(photo);
        return new RemotePhoto(account.id(), photo.getId(), size.uri(), uploaded,
                text(photo.getTitle()), text(photo.getDescription()), tags,
                MarkerTags.contains(tags, MarkerTags.STATUS), null);
    }

    /** The photo's tags in Flickr's normalised form (getInfo gives raw and normalised; lists give normalised). */
    static List<String> tags(Photo photo) {
        Collection<Tag> tags = photo.getTags();
        if (tags == null) {
            return List.of();
        }
        return tags.stream().map(Tag::getValue).filter(Objects::nonNull).map(MarkerTags::normalise).toList();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
