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
    SHIN,
    /**
     * Cheung's odds ratio: {@code p_i = π_i / (c + π_i − c π_i)}, i.e. every outcome's odds {@code π/(1 − π)} are
     * the fair odds {@code p/(1 − p)} times one ratio c, solved so that {@code Σ p_i = 1}. Longshots carry more of the
     * margin than with {@link #MULTIPLICATIVE}.
     */
    ODDS_RATIO,
    /**
     * penaltyblog's logarithmic method: {@code logit p_i = logit π_i − s} with one shift s solved so that
     * {@code Σ p_i = 1}. A shift in log-odds is an odds ratio {@code c = e^s}, so it gives the probabilities of
     * {@link #ODDS_RATIO} (computed here by its own definition; kept so that every method of that library has its name).
     */
    LOGARITHMIC,
    /**
     * Buchdahl's differential margin weighting: fair odds {@code n o_i / (n − M o_i)} with {@code M = Σπ − 1}, the
     * margin weighted by the odds. Its probability {@code 1/fair = π_i − M/n} is {@link #ADDITIVE}'s, so a longshot
     * it would price at negative odds is rejected the same way.
     */
    MARGIN_WEIGHTED
}
