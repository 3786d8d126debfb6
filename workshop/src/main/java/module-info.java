/**
 * The model workshop: everything that makes, measures or studies a model rather than captioning with one. Used
 * only by the CLI commands {@code train}, {@code scenes generate}, {@code evaluate}, {@code models calibrate},
 * {@code bench} and by {@code demo}'s sample photos; the daemon never loads it.
 *
 * <p>It reaches into the engine only through what {@code dev.autocaption.inference} exports, plus the two
 * packages that module exports to this one alone ({@code image}: decoding and pixels, {@code vocabulary}: word
 * ids), so a model is trained on exactly the preprocessing and words it is later captioned with.
 */
module dev.autocaption.workshop {
    // its API speaks the engine's and the config's types (CaptionResult, DomainStatistics, Device) and AWT's
    // (a Scene's BufferedImage)
    requires transitive dev.autocaption.inference;
    requires transitive java.desktop;
    requires com.fasterxml.jackson.databind;
    requires java.management;
    requires org.bytedeco.javacpp;
    requires org.tensorflow.ndarray;
    requires tensorflow;
    requires tensorflow.framework;

    exports dev.autocaption.workshop.bench;
    exports dev.autocaption.workshop.coco;
    exports dev.autocaption.workshop.domain;
    exports dev.autocaption.workshop.evaluation;
    exports dev.autocaption.workshop.scenes;
    exports dev.autocaption.workshop.training;

    // Jackson binds training.json to TrainingRecord
    opens dev.autocaption.workshop.training to com.fasterxml.jackson.databind;
}
