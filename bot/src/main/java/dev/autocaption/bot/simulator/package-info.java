/**
 * What the platform simulators share: a loopback HTTP server that records every request
 * ({@link dev.autocaption.bot.simulator.RecordedRequest}, secrets masked) and applies scripted
 * {@link dev.autocaption.bot.simulator.Fault}s ({@link dev.autocaption.bot.simulator.FaultScript}).
 */
package dev.autocaption.bot.simulator;
