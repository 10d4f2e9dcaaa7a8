package com.monps.core.odds;

import java.util.function.DoubleUnaryOperator;

/** Root finding for the one-parameter de-vig equations, which are all monotonically decreasing. */
final class Bisection {

    static final double TOLERANCE = 1e-12;

    private Bisection() {
    }

    /**
     * The x in {@code [low, high]} where the decreasing function {@code f} crosses zero, to within
     * {@link #TOLERANCE}; the caller guarantees {@code f(low) ≥ 0 ≥ f(high)}. The endpoints are never evaluated,
     * so {@code f} may be undefined there.
     */
    static double rootOfDecreasing(DoubleUnaryOperator f, double low, double high) {
        double lo = low;
        double hi = high;
        while (hi - lo > TOLERANCE) {
            double mid = lo + (hi - lo) / 2;
            // Far from 0 the doubles are coarser than the tolerance: stop once the interval cannot shrink.
            if (mid == lo || mid == hi) {
                break;
            }
            if (f.applyAsDouble(mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (hi - lo) / 2;
    }
}
