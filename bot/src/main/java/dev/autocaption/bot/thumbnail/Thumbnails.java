package dev.autocaption.bot.thumbnail;

import dev.autocaption.bot.pipeline.DownloadedImages;
import dev.autocaption.config.PrivateFiles;
import dev.autocaption.inference.image.ImageDecodingException;
import dev.autocaption.store.Photo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thumbnails of the review page: one owner-only JPEG per photo ({@code <store id>.jpg}, long side
 * {@value ThumbnailMaker#LONG_SIDE} px) in an owner-only directory, made once from the bytes the daemon downloaded
 * for captioning and never again (a photo captioned anew keeps its thumbnail). A thumbnail that cannot be made is
 * logged and left out: the page then says so, and the photo's captioning goes on (its own decoding decides whether
 * the image is bad). Thread-safe: files are written beside their place and moved in.
 */
public final class Thumbnails implements DownloadedImages {
    private static final Logger LOG = LoggerFactory.getLogger(Thumbnails.class);

    private final Path directory;
    private final ThumbnailMaker maker;

    private Thumbnails(Path directory, ThumbnailMaker maker) {
        this.directory = directory;
        this.maker = maker;
    }

    /**
     * Opens (creating it owner-only when missing) the thumbnail directory.
     *
     * @param maxPixels the largest image decoded, as for captioning ({@code model.max-image-pixels})
     * @throws UncheckedIOException when the directory cannot be created
     */
    public static Thumbnails open(Path directory, long maxPixels) {
        Objects.requireNonNull(directory, "directory");
        try {
            PrivateFiles.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the thumbnail directory " + directory + ": "
                    + e.getMessage(), e);
        }
        return new Thumbnails(directory, new ThumbnailMaker(maxPixels));
    }

    /** Where the thumbnails are. */
    public Path directory() {
        return directory;
    }

    @Override
    public void downloaded(Photo photo, byte[] image) {
        Path file = file(photo.id());
        if (Files.exists(file)) {
            return;
        }
        try {
            PrivateFiles.writeBytes(file, maker.make(photo.key(), image));
        } catch (ImageDecodingException e) {
            LOG.debug("no thumbnail for {}: {}", photo.key(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("no thumbnail for {}: writing {} failed: {}", photo.key(), file, e.toString());
        }
    }

    /** The thumbnail of the photo with this store id; empty when none was made. */
    public Optional<byte[]> read(long photoId) {
        try {
            return Optional.of(Files.readAllBytes(file(photoId)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the thumbnail " + file(photoId) + ": " + e.getMessage(), e);
        }
    }

    /** True when the photo has a thumbnail. */
    public boolean has(long photoId) {
        return Files.isRegularFile(file(photoId));
    }

    private Path file(long photoId) {
        return directory.resolve(photoId + ".jpg");
    }
}
