package com.monps.core.odds;

/**
 * How the margin is removed from implied probabilities {@code π_i = 1 / odds_i} with book sum {@code Σπ}.
 * Every method returns probabilities that sum to 1.
 */
public enum DevigMethod {
    /** {@code p_i = π_i / Σπ}: the margin is spread in proportion to each probability. */
    MULTIPLICATIVE,
    /**
     * {@code p_i = π_i − (Σπ − 1) / n}: the margin is spread equally over the n outcomes. A longshot whose
     * {@code π_i} is below that share would get a negative probability; such markets are rejected, not clamped.
     */
    ADDITIVE,
    /** {@code p_i = π_i^k} with the exponent k solved so that {@code Σ p_i = 1}. */
    POWER,
    /**
     * Shin (1992, 1993): {@code p_i = (√(z² + 4(1 − z) π_i² / Σπ) − z) / (2(1 − z))} with the insider share
     * {@code z ∈ [0, 1)} solved so that {@code Σ p_i = 1}. Needs {@code Σπ ≥ 1}.
     */
    SHIN
}
