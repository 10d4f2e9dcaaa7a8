package com.monps.core.model;

/**
 * How the optimiser reached a fit: it converged (a fit that does not throws {@link ModelFitException}), in how many
 * Newton iterations (all of them, those of a first run that met the edge of ρ included), how long it took and the
 * largest gradient component left at the maximum.
 *
 * @param rhoOnEdge the maximum lies on the edge of the range of ρ where every fixture between fitted teams keeps its low
 *                  scores' τ ≥ 0 (few matches); it was reached by a log barrier (see {@link DixonColes})
 */
public record FitReport(boolean converged, int iterations, double millis, double gradientNorm, boolean rhoOnEdge) {
}
