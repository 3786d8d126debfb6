package dev.autocaption.config;

/** Which captioning engine {@code model.engine} selects. */
public enum Engine {
    /** Show and Tell (im2txt): Inception v3 encoder, LSTM decoder, beam search. */
    SHOW_AND_TELL("show-and-tell"),
    /** Object detector captions ("May be an image of 2 people and a dog."). */
    DETECTOR("detector");

    private final String configName;

    Engine(String configName) {
        this.configName = configName;
    }

    /** The spelling used in the YAML file. */
    public String configName() {
        return configName;
    }
}
