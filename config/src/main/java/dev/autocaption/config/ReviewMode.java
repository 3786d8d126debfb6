package dev.autocaption.config;

/** How captions that pass the filter reach a photo ({@code review.mode}). */
public enum ReviewMode {
    /** Post captions scoring at least {@code post-above}; drop the rest. */
    AUTO("auto"),
    /** Queue every caption that is not dropped until the person approves it (the default). */
    REVIEW("review"),
    /** Post above {@code post-above}, queue the band between {@code drop-below} and {@code post-above}. */
    HYBRID("hybrid");

    private final String configName;

    ReviewMode(String configName) {
        this.configName = configName;
    }

    /** The spelling used in the YAML file. */
    public String configName() {
        return configName;
    }
}
