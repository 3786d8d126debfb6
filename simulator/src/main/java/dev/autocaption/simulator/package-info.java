/**
 * What the platform simulators share: a loopback HTTP server that records every request
 * ({@link dev.autocaption.simulator.RecordedRequest}, secrets masked) and applies scripted
 * {@link dev.autocaption.simulator.Fault}s ({@link dev.autocaption.simulator.FaultScript}).
 */
package dev.autocaption.simulator;
