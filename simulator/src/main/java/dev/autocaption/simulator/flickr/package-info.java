/**
 * {@link dev.autocaption.simulator.flickr.FlickrSimulator}: a local imitation of the Flickr REST API, used by
 * tests and by {@code autocaption demo}. Part of the product; it reads nothing from outside the JVM.
 */
package dev.autocaption.simulator.flickr;
