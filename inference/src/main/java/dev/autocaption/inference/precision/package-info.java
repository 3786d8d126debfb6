/**
 * Which number format the Show and Tell encoder runs in ({@code model.precision}): what this CPU offers
 * ({@link dev.autocaption.inference.precision.CpuInfo}), the decision for {@code auto} and its reasons
 * ({@link dev.autocaption.inference.precision.PrecisionChoice}), and the file that keeps decisions measured on this
 * machine ({@link dev.autocaption.inference.precision.PrecisionDecisions}). Pure Java: the timing itself is a
 * {@link dev.autocaption.inference.precision.PrecisionChoice.Trial} the engine supplies.
 */
package dev.autocaption.inference.precision;
