/**
 * The review page's thumbnails: made once from the image the daemon downloaded for captioning (never fetched from
 * a platform by a browser), kept as owner-only JPEG files in the data directory.
 */
package dev.autocaption.bot.thumbnail;
