package com.monps.core.domain;

import java.time.Instant;
import java.util.Objects;

/** One event: The Odds API event id (or an id built for imported history), its teams, kick-off and result. */
public record Match(String id, String sportKey, String league, Instant commenceTime, String homeTeam, String awayTeam,
                    boolean completed, boolean cancelled, Integer homeScore, Integer awayScore, Instant lastScoreUpdate) {

    public Match {
        Objects.requireNonNull(id, "match id");
        Objects.requireNonNull(sportKey, "sport key");
        Objects.requireNonNull(commenceTime, "commence time");
        Objects.requireNonNull(homeTeam, "home team");
        Objects.requireNonNull(awayTeam, "away team");
    }

    /** A match not yet played. */
    public static Match upcoming(String id, String sportKey, String league, Instant commenceTime, String homeTeam, String awayTeam) {
        return new Match(id, sportKey, league, commenceTime, homeTeam, awayTeam, false, false, null, null, null);
    }

    public Match withScore(int home, int away, boolean isCompleted, Instant updatedAt) {
        return new Match(id, sportKey, league, commenceTime, homeTeam, awayTeam, isCompleted, cancelled, home, away, updatedAt);
    }

    public String label() {
        return homeTeam + " – " + awayTeam;
    }
}
