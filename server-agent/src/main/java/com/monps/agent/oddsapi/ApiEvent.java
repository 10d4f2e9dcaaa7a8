package com.monps.agent.oddsapi;

import java.time.Instant;

/** One entry of {@code /v4/sports/{sport}/events}: an event and its kick-off, without prices. */
public record ApiEvent(String id, String sportKey, String sportTitle, Instant commenceTime, String homeTeam, String awayTeam) {
}
