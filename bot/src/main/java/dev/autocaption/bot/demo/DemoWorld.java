package dev.autocaption.bot.demo;

import dev.autocaption.simulator.facebook.GraphPhotoSeed;
import dev.autocaption.simulator.facebook.GraphSimulator;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.config.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The demo's outside world: a Flickr and a Graph simulator on loopback with granted tokens, seeded with the demo
 * photos (alternating between the two accounts), and the demo config file pointing the real daemon at them.
 */
public final class DemoWorld implements AutoCloseable {
    public static final String FLICKR_ACCOUNT = "demo-flickr";
    public static final String PAGE_ACCOUNT = "demo-page";
    static final String KEY = "demo-api-key";
    static final String SECRET = "demo-api-secret";
    static final String TOKEN = "72157720000000000-demo0token0000";
    static final String TOKEN_SECRET = "demo0token0secret";
    static final String PAGE_ID = "100000000000001";
    static final String PAGE_TOKEN = "EAAGdemoPageToken";

    private final FlickrSimulator flickr;
    private final GraphSimulator graph;

    private DemoWorld(FlickrSimulator flickr, GraphSimulator graph) {
        this.flickr = flickr;
        this.graph = graph;
    }

    /** Starts both simulators and seeds them. */
    public static DemoWorld start(List<DemoPhotos.Photo> photos, Clock clock) {
        FlickrSimulator flickr = FlickrSimulator.start(KEY, SECRET, clock);
        GraphSimulator graph = GraphSimulator.start(PAGE_ID);
        flickr.grant(TOKEN, TOKEN_SECRET, "write");
        graph.grantPageToken(PAGE_TOKEN, GraphSimulator.PAGE_PERMISSIONS);
        Instant uploaded = clock.instant().minusSeconds(3600);
        for (DemoPhotos.Photo photo : photos) {
            Instant at = uploaded.plusSeconds(10L * photo.index());
            if (photo.index() % 2 == 0) {
                FlickrPhotoSeed seed = FlickrPhotoSeed.of(DemoPhotos.label(photo), at).withSize(640, 480)
                        .withImage(photo.jpeg());
                flickr.addPhoto(photo.humanText() == null ? seed : seed.withDescription(photo.humanText()));
            } else {
                GraphPhotoSeed seed = GraphPhotoSeed.of(at).withSize(640, 480).withImage(photo.jpeg());
                graph.addPhoto(photo.humanText() == null ? seed : seed.withCaption(photo.humanText()));
            }
        }
        return new DemoWorld(flickr, graph);
    }

    /**
     * Writes the demo config: both accounts in hybrid review, a short schedule, the given store and model. The run
     * directory (and any parent it needs) is created owner-only, as is the config, which holds the simulators' tokens.
     */
    public Path writeConfig(Path dir, Path model) {
        String yaml = """
                # Written by 'autocaption demo': simulators on loopback, the bundled model, hybrid review.
                store:
                  url: "jdbc:h2:file:%s"
                model:
                  path: "%s"
                review:
                  mode: hybrid
                  approvals-file: "%s"
                schedule:
                  interval: 1m
                accounts:
                  - id: %s
                    type: flickr
                    api-base-url: "%s"
                    since: 2000-01-01T00:00:00Z
                    write: fill-empty
                    write-template: "{caption} (auto-generated)"
                    credentials:
                      api-key: %s
                      api-secret: %s
                      token: %s
                      token-secret: %s
                    credentials-file: "%s"
                  - id: %s
                    type: facebook-page
                    api-base-url: "%s"
                    since: 2000-01-01T00:00:00Z
                    page-id: "%s"
                    write: post-message
                    write-template: "{caption} (auto-generated)"
                    credentials:
                      access-token: %s
                """.formatted(dir.resolve("data/autocaption"), model, dir.resolve("approvals.yaml"), FLICKR_ACCOUNT,
                flickr.baseUri(), KEY, SECRET, TOKEN, TOKEN_SECRET, dir.resolve("flickr.token"), PAGE_ACCOUNT,
                graph.baseUri(), PAGE_ID, PAGE_TOKEN);
        Path file = dir.resolve("autocaption-demo.yaml");
        try {
            PrivateFiles.createDirectories(dir);
            PrivateFiles.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo config " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** The Flickr simulator (its photos and the requests it received: the write log). */
    public FlickrSimulator flickr() {
        return flickr;
    }

    /** The Graph API simulator (its photos and the requests it received: the write log). */
    public GraphSimulator graph() {
        return graph;
    }

    @Override
    public void close() {
        flickr.close();
        graph.close();
    }
}
