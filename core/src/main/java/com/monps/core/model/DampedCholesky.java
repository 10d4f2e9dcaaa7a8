package com.monps.core.model;

/**
 * Solves {@code (A + μ I) x = b} for a small dense symmetric matrix by Cholesky factorisation, raising the damping
 * μ until the damped matrix is positive definite (Levenberg's safeguard: far from the maximum the Dixon-Coles Hessian
 * need not be definite, and a damped step is then a blend of the Newton and the gradient step). The working arrays
 * are kept between calls so a fit allocates nothing per iteration.
 */
final class DampedCholesky {

    private static final int MAX_DAMPING_TRIES = 60;

    private final int n;
    private final double[] factor;

    DampedCholesky(int n) {
        this.n = n;
        this.factor = new double[n * n];
    }

    /**
     * Writes the solution into {@code x} and returns the damping used (0 when A itself was positive definite).
     *
     * @throws ModelFitException if no damping up to a huge multiple of A's diagonal makes it definite (a NaN in A)
     */
    double solve(double[] a, double[] b, double[] x) {
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(a[i * n + i]));
        }
        double damping = 0;
        for (int attempt = 0; attempt < MAX_DAMPING_TRIES; attempt++) {
            if (factorise(a, damping)) {
                substitute(b, x);
                return damping;
            }
            damping = damping == 0 ? 1e-8 * Math.max(scale, 1) : damping * 10;
        }
        throw new ModelFitException("the Hessian cannot be made positive definite (it holds a non-finite value)");
    }

    /** Lower-triangular L with {@code L Lᵀ = A + μ I} into {@link #factor}; false when a pivot is not positive. */
    private boolean factorise(double[] a, double damping) {
        for (int j = 0; j < n; j++) {
            double diagonal = a[j * n + j] + damping;
            for (int k = 0; k < j; k++) {
                diagonal -= factor[j * n + k] * factor[j * n + k];
            }
            if (!(diagonal > 0)) {
                return false;
            }
            double pivot = Math.sqrt(diagonal);
            factor[j * n + j] = pivot;
            for (int i = j + 1; i < n; i++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= factor[i * n + k] * factor[j * n + k];
                }
                factor[i * n + j] = sum / pivot;
            }
        }
        return true;
    }

    private void substitute(double[] b, double[] x) {
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= factor[i * n + k] * x[k];
            }
            x[i] = sum / factor[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double sum = x[i];
            for (int k = i + 1; k < n; k++) {
                sum -= factor[k * n + i] * x[k];
            }
            x[i] = sum / factor[i * n + i];
        }
    }
}
