package dev.autocaption.bot;

import dev.autocaption.config.Engine;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.detector.DetectorCaptioner;
import dev.autocaption.inference.showandtell.ShowAndTellLoader;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one explicit list of caption engines: config engine → how to load it. {@link Bot} loads the configured one
 * once at start. A build registers its engines in {@link #standard()}; tests register a fake.
 */
public final class Engines {
    /** Loads an engine's model; the caller closes the captioner. */
    @FunctionalInterface
    public interface Loader {
        ImageCaptioner load(ModelConfig model) throws CaptioningException;
    }

    private final Map<Engine, Loader> loaders = new EnumMap<>(Engine.class);

    /** No engines yet: tests register exactly the ones they want. */
    public static Engines none() {
        return new Engines();
    }

    /** The engines this build ships: Show and Tell (im2txt) and the NanoDet detector. */
    public static Engines standard() {
        return none()
                .register(Engine.SHOW_AND_TELL, ShowAndTellLoader::load)
                .register(Engine.DETECTOR, model -> DetectorCaptioner.open(model, model.detectorThreshold()));
    }

    public Engines register(Engine engine, Loader loader) {
        loaders.put(Objects.requireNonNull(engine, "engine"), Objects.requireNonNull(loader, "loader"));
        return this;
    }

    /** Loads the configured engine; an engine this build lacks is an error listing the ones it has. */
    public ImageCaptioner load(ModelConfig model) throws CaptioningException {
        Loader loader = loaders.get(model.engine());
        if (loader == null) {
            String known = loaders.keySet().stream().map(Engine::configName).collect(Collectors.joining(", "));
            throw new CaptioningException("model.engine " + model.engine().configName() + " is not available in "
                    + "this build; available engines: [" + known + "]");
        }
        return loader.load(model);
    }
}
