package com.monps.core.model;

/**
 * How the optimiser reached a fit: it converged (a fit that does not throws {@link ModelFitException}), in how many
 * Newton iterations, how long it took and the largest gradient component left at the maximum.
 */
public record FitReport(boolean converged, int iterations, double millis, double gradientNorm) {
}
