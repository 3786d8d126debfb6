/**
 * {@code autocaption demo}: the Flickr and Graph simulators on loopback, seeded with generated pictures, a demo
 * config, and the real daemon against them. Nothing here is special-cased in the pipeline: the same {@link
 * dev.autocaption.bot.Bot} and code paths as {@code autocaption run}.
 */
package dev.autocaption.bot.demo;
