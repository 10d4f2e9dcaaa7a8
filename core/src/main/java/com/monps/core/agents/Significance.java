package com.monps.core.agents;

/**
 * One-sided test of "the mean return per unit staked is above 0": z = mean / (sd / √n) with the sample standard
 * deviation, p = 1 − Φ(z). With hundreds of bets the normal approximation of the t distribution is close; with fewer than
 * two bets, or no spread at all, there is no evidence and p = 1 (or 0 when every bet made the same positive return).
 */
public final class Significance {

    private Significance() {
    }

    public static double pValueMeanAboveZero(double[] returns) {
        int n = returns.length;
        if (n < 2) {
            return 1.0;
        }
        double mean = 0;
        for (double r : returns) {
            mean += r / n;
        }
        double squares = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        if (sd == 0) {
            return mean > 0 ? 0.0 : 1.0;
        }
        return 1.0 - normalCdf(mean / (sd / Math.sqrt(n)));
    }

    /** Φ(x) from the complementary error function (Numerical Recipes' erfc, relative error below 1.2e-7). */
    static double normalCdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? ans : 2.0 - ans;
    }
}
