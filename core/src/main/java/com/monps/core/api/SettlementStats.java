package com.monps.core.api;

import java.time.Instant;
import java.util.List;

/**
 * The answer to {@code GET /settlement/stats}: the last run of each job that ever ran, where the bets stand, and how
 * many matches wait for a review.
 */
public record SettlementStats(List<JobRunSummary> jobs, BetCounts bets, int matchesNeedingReview) {

    public SettlementStats {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }

    /** One job: its last run (status, times, items, message), how often it ran and failed, and its last success. */
    public record JobRunSummary(String job, String lastStatus, Instant lastStartedAt, Instant lastFinishedAt, Integer lastItems,
                                String lastMessage, int runs, int failures, Instant lastSuccessAt) {
    }

    /** Pending bets, bets settled automatically and by hand, bets with a closing price, started bets still without one. */
    public record BetCounts(int pending, int settledAuto, int settledManual, int withClv, int startedWithoutClv) {
    }
}
