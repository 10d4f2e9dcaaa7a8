package com.monps.core.model;

/**
 * The identifiability constraint: within each group of teams linked by matches, adding c to every attack and
 * subtracting c from every defence changes no λ, so the likelihood has a flat direction per group and its Hessian is
 * singular. The fit minimises {@code −log L + ½ Σ_groups (Σ attack)²} instead: the penalty is zero exactly on the
 * maximum's representative with the attacks of each group summing to 0, so it changes no probability, no likelihood,
 * no home advantage and no ρ, and it makes the Hessian definite.
 */
final class AttackSumConstraint {

    private final int[] groupOf;
    private final int groups;
    private final double[] sums;

    /** @param groupOf the group of each team, numbered from 0 */
    AttackSumConstraint(int[] groupOf) {
        this.groupOf = groupOf.clone();
        int count = 0;
        for (int group : groupOf) {
            count = Math.max(count, group + 1);
        }
        this.groups = count;
        this.sums = new double[count];
    }

    int groups() {
        return groups;
    }

    double penalty(double[] theta) {
        sumAttacks(theta);
        double penalty = 0;
        for (double sum : sums) {
            penalty += 0.5 * sum * sum;
        }
        return penalty;
    }

    /** Adds the penalty's gradient and Hessian (attacks occupy the first indices of θ). */
    void addDerivatives(double[] theta, double[] gradient, double[] hessian, int dimension) {
        sumAttacks(theta);
        for (int i = 0; i < groupOf.length; i++) {
            gradient[i] += sums[groupOf[i]];
            for (int k = 0; k < groupOf.length; k++) {
                if (groupOf[k] == groupOf[i]) {
                    hessian[i * dimension + k] += 1;
                }
            }
        }
    }

    private void sumAttacks(double[] theta) {
        java.util.Arrays.fill(sums, 0);
        for (int i = 0; i < groupOf.length; i++) {
            sums[groupOf[i]] += theta[i];
        }
    }
}
