package com.monps.core.odds;

import java.util.Arrays;

/** Shin's model of a bookmaker facing a share z of insider money; see {@link DevigMethod#SHIN}. */
final class ShinDevig {

    private ShinDevig() {
    }

    /**
     * The insider share {@code z ∈ [0, 1)} for which {@code Σ p_i(z) = 1}. The sum falls from {@code √Σπ} at
     * {@code z = 0} to {@code Σπ_i² / Σπ < 1} as {@code z → 1}, so a root exists exactly when {@code Σπ ≥ 1}.
     *
     * @throws IllegalArgumentException if the book sum is below 1 (the model would need negative insider money)
     */
    static double insiderShare(double[] implied) {
        double bookSum = Arrays.stream(implied).sum();
        if (bookSum < 1.0) {
            throw new IllegalArgumentException("Shin's method needs a book sum of at least 1, got " + bookSum);
        }
        return Bisection.rootOfDecreasing(z -> Arrays.stream(probabilities(implied, z)).sum() - 1.0, 0.0, 1.0);
    }

    /** {@code p_i = (√(z² + 4(1 − z) π_i² / Σπ) − z) / (2(1 − z))}. */
    static double[] probabilities(double[] implied, double z) {
        double bookSum = Arrays.stream(implied).sum();
        return Arrays.stream(implied)
                .map(pi -> (Math.sqrt(z * z + 4 * (1 - z) * pi * pi / bookSum) - z) / (2 * (1 - z)))
                .toArray();
    }
}
