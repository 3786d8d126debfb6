package dev.autocaption.bot.web;

import static dev.autocaption.bot.web.Html.text;

import dev.autocaption.bot.thumbnail.Thumbnails;
import dev.autocaption.store.PhotoState;

/**
 * A photo's thumbnail on a page, from this server only (never a platform's URL), or why there is none: the image
 * could not be downloaded or read (the photo's reason says how), or it was captioned while no thumbnails were kept.
 */
final class PhotoPicture {
    private PhotoPicture() {
    }

    static String html(Thumbnails thumbnails, long photoId, String key, PhotoState state, String reason) {
        if (thumbnails != null && thumbnails.has(photoId)) {
            return "<img class=\"thumb\" src=\"/thumbnails/" + photoId + ".jpg\" alt=\"photo " + text(key)
                    + "\" loading=\"lazy\">";
        }
        return "<div class=\"thumb missing\" role=\"img\" aria-label=\"no image\">" + text(why(thumbnails, state,
                reason)) + "</div>";
    }

    static String why(Thumbnails thumbnails, PhotoState state, String reason) {
        if ((state == PhotoState.FAILED || state == PhotoState.SKIPPED || state == PhotoState.DISCOVERED)
                && reason != null) {
            return "no image: " + reason;
        }
        if (state == PhotoState.DISCOVERED) {
            return "no image yet: not downloaded";
        }
        if (thumbnails == null) {
            return "no thumbnail: this daemon keeps none (web.enabled is false)";
        }
        return "no thumbnail: captioned while none were kept";
    }
}
