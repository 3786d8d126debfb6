/**
 * The Flickr connector ({@link dev.autocaption.bot.connector.flickr.FlickrPhotoSource}) on Flickr4Java 3.0.9. No
 * Flickr4Java type leaves this package; OAuth tokens are set on the calling thread and cleared after each call.
 */
package dev.autocaption.bot.connector.flickr;
