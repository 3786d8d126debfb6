package dev.autocaption.bot.demo;

import dev.autocaption.simulator.facebook.GraphPhotoSeed;
import dev.autocaption.simulator.facebook.GraphSimulator;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.config.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The demo's outside world: a Flickr and a Graph simulator on loopback with granted tokens, seeded with the demo
 * photos (alternating between the two accounts), a photo folder with a few of the scenes (one with a
 * darktable-style sidecar a person described), and the demo config file pointing the real daemon at them.
 */
public final class DemoWorld implements AutoCloseable {
    public static final String FLICKR_ACCOUNT = "demo-flickr";
    public static final String PAGE_ACCOUNT = "demo-page";
    public static final String FOLDER_ACCOUNT = "demo-folder";
    /** Scenes copied into the demo folder. */
    static final int FOLDER_PHOTOS = 3;
    static final String KEY = "demo-api-key";
    static final String SECRET = "demo-api-secret";
    static final String TOKEN = "72157720000000000-demo0token0000";
    static final String TOKEN_SECRET = "demo0token0secret";
    static final String PAGE_ID = "100000000000001";
    static final String PAGE_TOKEN = "EAAGdemoPageToken";

    private final FlickrSimulator flickr;
    private final GraphSimulator graph;
    private final List<byte[]> folderScenes;

    private DemoWorld(FlickrSimulator flickr, GraphSimulator graph, List<byte[]> folderScenes) {
        this.flickr = flickr;
        this.graph = graph;
        this.folderScenes = folderScenes;
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
        List<byte[]> folderScenes = photos.stream().filter(photo -> photo.kind() == DemoPhotos.Kind.SCENE)
                .limit(FOLDER_PHOTOS).map(DemoPhotos.Photo::jpeg).toList();
        return new DemoWorld(flickr, graph, folderScenes);
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
                  - id: %s
                    type: folder
                    root: "%s"
                    sidecar-name: beside-extension
                """.formatted(dir.resolve("data/autocaption"), model, dir.resolve("approvals.yaml"), FLICKR_ACCOUNT,
                flickr.baseUri(), KEY, SECRET, TOKEN, TOKEN_SECRET, dir.resolve("flickr.token"), PAGE_ACCOUNT,
                graph.baseUri(), PAGE_ID, PAGE_TOKEN, FOLDER_ACCOUNT, dir.resolve("photos"));
        Path file = dir.resolve("autocaption-demo.yaml");
        try {
            PrivateFiles.createDirectories(dir);
            writeFolder(dir.resolve("photos"));
            PrivateFiles.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo config " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * The demo folder: a few scenes, the last with a sidecar holding a person's description (never replaced).
     * Files already there (from an earlier demo in the same directory) are left as they are.
     */
    private void writeFolder(Path photos) throws IOException {
        PrivateFiles.createDirectories(photos);
        for (int i = 0; i < folderScenes.size(); i++) {
            Path file = photos.resolve("scene-" + (i + 1) + ".jpg");
            if (!Files.exists(file)) {
                PrivateFiles.writeBytes(file, folderScenes.get(i));
            }
        }
        Path described = photos.resolve("scene-" + folderScenes.size() + ".jpg.xmp");
        if (!folderScenes.isEmpty() && !Files.exists(described)) {
            PrivateFiles.writeString(described, """
                    <x:xmpmeta xmlns:x="adobe:ns:meta/">
                     <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                      <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                       <dc:description><rdf:Alt><rdf:li xml:lang="x-default">My own words about this scene</rdf:li>
                       </rdf:Alt></dc:description>
                      </rdf:Description>
                     </rdf:RDF>
                    </x:xmpmeta>
                    """);
        }
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
