package dev.autocaption.config;

/**
 * How a caption is written back ({@code accounts[].write}): the vocabulary every platform draws from; which modes an
 * account type allows, and its default, is its {@link PlatformSpec}.
 */
public enum WriteMode {
    /** Write the text field (a Flickr description) only when it is empty. */
    FILL_EMPTY("fill-empty", true),
    /** Add the caption after the existing text. */
    APPEND("append", false),
    /** Replace the existing text. */
    REPLACE("replace", false),
    /** Edit the post that carries the photo (a Facebook Page post), when its message is empty. */
    POST_MESSAGE("post-message", true),
    /** Comment on the photo as the account (a Facebook Page). */
    COMMENT("comment", false),
    /** Read-only: captions are only suggested in the queue and history. */
    NONE("none", false);

    private final String configName;
    private final boolean onlyFillsEmpty;

    WriteMode(String configName, boolean onlyFillsEmpty) {
        this.configName = configName;
        this.onlyFillsEmpty = onlyFillsEmpty;
    }

    /** True when the mode writes only into an empty field, so a person's text there blocks it. */
    public boolean onlyFillsEmpty() {
        return onlyFillsEmpty;
    }

    /** The spelling used in the YAML file. */
    public String configName() {
        return configName;
    }
}
