package com.monps.desktop.bets;

import com.monps.core.domain.Bet;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** A bet as a table row: the bet, plus what filtering and sorting need precomputed (label, search text, placement day). */
public record BetRow(Bet bet, String matchLabel, String searchText, LocalDate placedOn) {

    public static BetRow of(Bet bet, ZoneId zone) {
        String search = String.join(" ", bet.homeTeam(), bet.awayTeam(), bet.bookmaker(),
                bet.league() == null ? "" : bet.league(), bet.notes() == null ? "" : bet.notes()).toLowerCase(Locale.ROOT);
        return new BetRow(bet, bet.matchLabel(), search, bet.placedAt().atZone(zone).toLocalDate());
    }

    public String league() {
        return bet.league() == null ? bet.sport() : bet.league();
    }
}
