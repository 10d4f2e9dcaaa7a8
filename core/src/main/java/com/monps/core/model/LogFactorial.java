package com.monps.core.model;

/** {@code log k!} for goal counts, from a table (a match rarely has more than 10 goals a side). */
final class LogFactorial {

    private static final double[] TABLE = new double[64];

    static {
        for (int k = 1; k < TABLE.length; k++) {
            TABLE[k] = TABLE[k - 1] + Math.log(k);
        }
    }

    private LogFactorial() {
    }

    static double of(int k) {
        if (k < TABLE.length) {
            return TABLE[k];
        }
        double value = TABLE[TABLE.length - 1];
        for (int i = TABLE.length; i <= k; i++) {
            value += Math.log(i);
        }
        return value;
    }
}
