package com.monps.bench;

/**
 * A figure and the reference it is compared with, measured in the same run. {@code ratio} is figure / reference;
 * {@code goal} says which ratio or value counts as a pass and {@code passed} whether this run met it (null: no goal).
 */
public record Measurement(String benchmark, String what, double value, String unit,
                          String reference, double referenceValue, String goal, Boolean passed) {

    public double ratio() {
        return value / referenceValue;
    }

    public String verdict() {
        return passed == null ? "-" : passed ? "PASS" : "FAIL";
    }
}
