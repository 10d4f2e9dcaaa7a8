package com.monps.core.model;

/**
 * The plain Newton iteration keeps running into the edge of the range of ρ where every low score of every fixture
 * keeps {@code τ > 0}: the maximum lies on that edge, and {@link DixonColes} goes on with a log barrier.
 */
final class RhoOnEdgeException extends ModelFitException {

    RhoOnEdgeException(String message) {
        super(message);
    }
}
