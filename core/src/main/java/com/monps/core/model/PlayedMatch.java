package com.monps.core.model;

import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.KickOffs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One played match as the goal model sees it: the calendar day it was played on (the day of its time weight), the two
 * teams and the full-time score.
 */
public record PlayedMatch(LocalDate date, String homeTeam, String awayTeam, int homeGoals, int awayGoals) {

    public PlayedMatch {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(homeTeam, "homeTeam");
        Objects.requireNonNull(awayTeam, "awayTeam");
        if (homeTeam.equals(awayTeam)) {
            throw new IllegalArgumentException("homeTeam and awayTeam are both '" + homeTeam + "'");
        }
        if (homeGoals < 0 || awayGoals < 0) {
            throw new IllegalArgumentException("goals cannot be negative, got " + homeGoals + "-" + awayGoals
                    + " in " + homeTeam + " v " + awayTeam);
        }
    }

    /**
     * The played matches of a history file, in its order; scheduled matches (no score) are left out. The calendar day
     * is the kick-off's day in UK time, the day the file gives.
     */
    public static List<PlayedMatch> fromHistory(List<HistoricalMatch> matches) {
        return matches.stream().filter(HistoricalMatch::played).map(PlayedMatch::of).toList();
    }

    public static PlayedMatch of(HistoricalMatch match) {
        if (!match.played()) {
            throw new IllegalArgumentException("match " + match.id() + " has no score");
        }
        return new PlayedMatch(match.kickOff().atZone(KickOffs.UK).toLocalDate(), match.homeTeam(), match.awayTeam(),
                match.homeGoals(), match.awayGoals());
    }
}
