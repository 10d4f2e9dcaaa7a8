package com.monps.agent.oddsapi;

import java.time.Instant;
import java.util.List;

/**
 * One event of {@code /v4/sports/{sport}/scores}. {@code scores} is null before kick-off; each score is a string, as the
 * API sends it.
 */
public record ScoreEvent(String id, String sportKey, String sportTitle, Instant commenceTime, boolean completed,
                         String homeTeam, String awayTeam, List<TeamScore> scores, Instant lastUpdate) {

    public record TeamScore(String name, String score) {
    }
}
