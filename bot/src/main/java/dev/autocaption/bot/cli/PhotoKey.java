package dev.autocaption.bot.cli;

/** An {@code ACCOUNT/PHOTO} argument. */
record PhotoKey(String accountId, String photoId) {
    static PhotoKey parse(String option, String value) {
        int slash = value == null ? -1 : value.indexOf('/');
        if (slash < 1 || slash == value.length() - 1) {
            throw new CommandFailure(ExitCode.USAGE, option + ": expected ACCOUNT/PHOTO (e.g. flickr-main/53684749845),"
                    + " was " + value);
        }
        return new PhotoKey(value.substring(0, slash), value.substring(slash + 1));
    }

    @Override
    public String toString() {
        return accountId + "/" + photoId;
    }
}
