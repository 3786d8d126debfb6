/**
 * The caption engines. What each package is for, and who may use it:
 *
 * <ul>
 *   <li>{@code dev.autocaption.inference}: the engine API ({@code ImageCaptioner}, {@code CaptionResult},
 *       {@code Caption}, {@code Detection}, {@code Familiarity}, {@code ImageInput}, {@code CaptioningException}).
 *       Names no TensorFlow type. The daemon sees only this and the two loaders below.</li>
 *   <li>{@code showandtell}: {@code ShowAndTellLoader.load} (the daemon's loader) and {@code ModelInspection}
 *       ({@code autocaption models inspect}); for the workshop also the graph builders ({@code ShowAndTellGraph},
 *       {@code GraphLayers}, {@code LstmCell}, {@code VariableFactory}, which speak TensorFlow operands), the model
 *       directory ({@code ModelDirectory}, {@code ModelJson}, {@code ModelDefinition}, {@code Architecture},
 *       {@code EncoderSpec}), random-weight checkpoints ({@code RandomModels}) and {@code CaptionerStats}.</li>
 *   <li>{@code detector}: {@code DetectorCaptioner.open} (the daemon's loader) and {@code DetectorBenchmark}
 *       ({@code autocaption bench}); {@code detector.model}: the model store behind {@code autocaption models}.</li>
 *   <li>{@code domain}: the out-of-domain statistics the engines apply, which the workshop fits and writes.</li>
 *   <li>{@code image}: the engine's image decoder ({@code ImageDecoder}, {@code DecodedImage},
 *       {@code ImageDecodingException}), for the workshop (which trains on the engine's own preprocessing) and for
 *       the daemon's thumbnails (the review page shows exactly the pixels the engine saw, EXIF orientation and WebP
 *       included).</li>
 *   <li>{@code precision}: the encoder precision chosen for this machine ({@code PrecisionDecision} and its
 *       figures), which {@code autocaption bench} and {@code evaluate} print.</li>
 *   <li>{@code vocabulary}: exported to the workshop only, which counts words exactly as the engine does.</li>
 *   <li>Not exported: {@code beam}, {@code checkpoint}, {@code detector.graph}.</li>
 * </ul>
 *
 * <p>Only {@code workshop} reads this descriptor as a module; {@code bot} compiles on the class path, so
 * {@code ArchitectureTest} holds it to the unqualified exports (and its daemon to the engine API) instead. The
 * shaded jar drops every {@code module-info.class} and runs on the class path.
 */
@SuppressWarnings({"module", "requires-automatic"}) // the workshop is built after us; Twelvemonkeys has no descriptor
module dev.autocaption.inference {
    requires transitive dev.autocaption.config;
    requires com.fasterxml.jackson.databind;
    requires com.twelvemonkeys.imageio.bmp;
    requires com.twelvemonkeys.imageio.jpeg;
    requires com.twelvemonkeys.imageio.webp;
    requires java.desktop;
    requires org.bytedeco.javacpp;
    requires org.slf4j;
    requires org.tensorflow.ndarray;
    requires tensorflow;
    requires tensorflow.nativelib;

    exports dev.autocaption.inference;
    exports dev.autocaption.inference.detector;
    exports dev.autocaption.inference.detector.model;
    exports dev.autocaption.inference.domain;
    exports dev.autocaption.inference.showandtell;
    exports dev.autocaption.inference.image;
    exports dev.autocaption.inference.precision;
    exports dev.autocaption.inference.vocabulary to dev.autocaption.workshop;

    // Jackson binds model.json, domain.json, the precision decisions and the detector's provenance to (partly package-private) records
    opens dev.autocaption.inference.detector.model to com.fasterxml.jackson.databind;
    opens dev.autocaption.inference.domain to com.fasterxml.jackson.databind;
    opens dev.autocaption.inference.precision to com.fasterxml.jackson.databind;
    opens dev.autocaption.inference.showandtell to com.fasterxml.jackson.databind;
}
