package dev.autocaption.bot.connector;

import dev.autocaption.bot.connector.facebook.FacebookPlatform;
import dev.autocaption.bot.connector.flickr.FlickrPlatform;
import dev.autocaption.bot.connector.folder.FolderPlatform;
import dev.autocaption.config.PlatformSpec;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one explicit list of platforms. Adding one is a connector package with its descriptor and one line here;
 * nothing is discovered. {@link Connectors#standard} builds sources from it, and the composition root hands its
 * {@link #specs()} to the config loader.
 */
public final class Platforms {
    private static final List<Platform> STANDARD = Stream.of(
            FlickrPlatform.descriptors(),
            FacebookPlatform.descriptors(),
            FolderPlatform.descriptors()
    ).flatMap(List::stream).toList();

    private Platforms() {
    }

    /** Every platform we support, in the order help texts and errors list them. */
    public static List<Platform> standard() {
        return STANDARD;
    }

    /** What the config loader needs of each. */
    public static List<PlatformSpec> specs() {
        return STANDARD.stream().map(Platform::spec).toList();
    }
}
