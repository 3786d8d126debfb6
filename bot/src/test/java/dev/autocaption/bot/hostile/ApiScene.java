package dev.autocaption.bot.hostile;

import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.FaultScript;
import dev.autocaption.simulator.facebook.GraphPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one API input may do to its platform's world: add photos (each entered in the ledger with where it may
 * end), script faults on the platform's calls, hand-write a list body from real photos.
 */
final class ApiScene {
    final HostileWorld world;
    final boolean flickr;
    private final Ledger ledger;
    private final String family;
    private final String input;
    private int widths;

    ApiScene(HostileWorld world, boolean flickr, Ledger ledger, String family, String input, int firstWidth) {
        this.world = world;
        this.flickr = flickr;
        this.ledger = ledger;
        this.family = family;
        this.input = input;
        this.widths = firstWidth;
    }

    /** The operation that lists the account's photos. */
    String listing() {
        return flickr ? "flickr.photos.search" : "photos.list";
    }

    FaultScript faults() {
        return flickr ? world.sims.flickr.faults() : world.sims.graph.faults();
    }

    /** The next {@code times} listing calls get {@code fault}. */
    void onListing(int times, Fault fault) {
        faults().times(listing(), times, fault);
    }

    /** A photo without text, uploaded a minute ago, that must end posted once the input has passed. */
    String normal() {
        return photo("", "", now().minusSeconds(60), EnumSet.of(Expected.POSTED));
    }

    /** A photo with this title (Flickr) and text (Flickr description, Facebook caption). */
    String photo(String title, String text, Instant uploaded, Set<Expected> allowed) {
        int width = widths++;
        String id = flickr
                ? world.sims.flickr.addPhoto(FlickrPhotoSeed.of(title, uploaded).withDescription(text).withSize(width,
                        300))
                : world.sims.graph.addPhoto(GraphPhotoSeed.of(uploaded).withCaption(text).withSize(width, 300));
        ledger.add(family, input, flickr ? SimulatedAccounts.FLICKR_ID : SimulatedAccounts.PAGE_ID, id, flickr,
                allowed);
        return id;
    }

    /** A photo no listing ever shows; it is in the world so that hand-written bodies can name it. */
    String hiddenPhoto() {
        int width = widths++;
        return flickr ? world.sims.flickr.addPhoto(FlickrPhotoSeed.of("hidden", Instant.parse("1990-01-01T00:00:00Z"))
                .withSize(width, 300)) : world.sims.graph.addPhoto(GraphPhotoSeed.of(Instant.parse(
                "1990-01-01T00:00:00Z")).withSize(width, 300));
    }

    String imageUrl(String id) {
        return flickr ? world.sims.flickr.originalUrl(id) : world.sims.graph.imageUrl(id);
    }

    Instant now() {
        return world.sims.clock.instant();
    }

    /** How many widths this scene used, so the next one starts after them (the fake captioner keys on width). */
    int nextWidth() {
        return widths;
    }

    static Duration later() {
        return Duration.ofHours(3);
    }
}
