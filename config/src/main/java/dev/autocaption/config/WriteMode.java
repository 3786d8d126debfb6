package dev.autocaption.config;

/** How a caption is written back ({@code accounts[].write}); which ones apply depends on {@link AccountType}. */
public enum WriteMode {
    /** Flickr: write the description only when it is empty (the default). */
    FILL_EMPTY("fill-empty"),
    /** Flickr: add the caption after the existing description. */
    APPEND("append"),
    /** Flickr: replace the description. */
    REPLACE("replace"),
    /** Facebook Page: edit the Page post that carries the photo, when its message is empty. */
    POST_MESSAGE("post-message"),
    /** Facebook Page: comment on the photo as the Page. */
    COMMENT("comment"),
    /** Read-only: captions are only suggested in the queue and history. */
    NONE("none");

    private final String configName;

    WriteMode(String configName) {
        this.configName = configName;
    }

    /** The spelling used in the YAML file. */
    public String configName() {
        return configName;
    }
}
