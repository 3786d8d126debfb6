package dev.autocaption.config;

import java.util.List;

/** The kind of remote account ({@code accounts[].type}) and the write modes it allows. */
public enum AccountType {
    FLICKR("flickr", List.of(WriteMode.FILL_EMPTY, WriteMode.APPEND, WriteMode.REPLACE), WriteMode.FILL_EMPTY),
    FACEBOOK_PAGE("facebook-page", List.of(WriteMode.POST_MESSAGE, WriteMode.COMMENT, WriteMode.NONE),
            WriteMode.POST_MESSAGE),
    /** Read-only: publishing to personal profiles has been impossible through the Graph API since 2018. */
    FACEBOOK_PROFILE("facebook-profile", List.of(WriteMode.NONE), WriteMode.NONE),
    /** A photo folder on disk: captions go to XMP sidecars (or into the file), never over a person's words. */
    FOLDER("folder", List.of(WriteMode.FILL_EMPTY, WriteMode.NONE), WriteMode.FILL_EMPTY);

    private final String configName;
    private final List<WriteMode> writeModes;
    private final WriteMode defaultWriteMode;

    AccountType(String configName, List<WriteMode> writeModes, WriteMode defaultWriteMode) {
        this.configName = configName;
        this.writeModes = writeModes;
        this.defaultWriteMode = defaultWriteMode;
    }

    /** The spelling used in the YAML file. */
    public String configName() {
        return configName;
    }

    /** The write modes this account type supports. */
    public List<WriteMode> writeModes() {
        return writeModes;
    }

    public WriteMode defaultWriteMode() {
        return defaultWriteMode;
    }

    /** True for Facebook accounts, which authenticate with an access token instead of OAuth 1.0a. */
    public boolean isFacebook() {
        return this == FACEBOOK_PAGE || this == FACEBOOK_PROFILE;
    }
}
