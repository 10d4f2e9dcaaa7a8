package com.monps.core.model;

/**
 * Dixon and Coles' correction of the four low scores: {@code τ(0,0) = 1 − ρ λh λa}, {@code τ(0,1) = 1 + ρ λh},
 * {@code τ(1,0) = 1 + ρ λa}, {@code τ(1,1) = 1 − ρ}, and 1 for every other score.
 */
final class Tau {

    private Tau() {
    }

    static double of(int homeGoals, int awayGoals, double lambdaHome, double lambdaAway, double rho) {
        if (homeGoals > 1 || awayGoals > 1) {
            return 1.0;
        }
        if (homeGoals == 0) {
            return awayGoals == 0 ? 1 - rho * lambdaHome * lambdaAway : 1 + rho * lambdaHome;
        }
        return awayGoals == 0 ? 1 + rho * lambdaAway : 1 - rho;
    }
}
