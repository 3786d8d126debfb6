package dev.autocaption.bot.connector.flickr;

import com.flickr4java.flickr.FlickrException;

/** One Flickr4Java call, run by {@link FlickrCalls} with auth set and errors mapped. */
@FunctionalInterface
interface FlickrCall<T> {
    T run() throws FlickrException;
}
