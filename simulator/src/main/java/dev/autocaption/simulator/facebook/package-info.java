/**
 * {@link dev.autocaption.simulator.facebook.GraphSimulator}: a local imitation of the Facebook Graph API,
 * used by tests and by {@code autocaption demo}. Part of the product; it reads nothing from outside the JVM.
 */
package dev.autocaption.simulator.facebook;
