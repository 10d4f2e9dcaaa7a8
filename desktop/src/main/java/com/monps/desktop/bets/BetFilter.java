package com.monps.desktop.bets;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

/** What the trader filters the bet table by; null or blank fields do not filter. Dates are placement days, inclusive. */
public record BetFilter(BetStatus status, Market market, String sport, String league, String bookmaker, LocalDate from,
                        LocalDate to, String text) {

    public static final BetFilter ALL = new BetFilter(null, null, null, null, null, null, null, null);

    public Predicate<BetRow> predicate() {
        String needle = text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
        return row -> (status == null || row.bet().status() == status)
                && (market == null || row.bet().market() == market)
                && (sport == null || sport.equals(row.bet().sport()))
                && (league == null || league.equals(row.league()))
                && (bookmaker == null || bookmaker.equals(row.bet().bookmaker()))
                && (from == null || !row.placedOn().isBefore(from))
                && (to == null || !row.placedOn().isAfter(to))
                && (needle == null || row.searchText().contains(needle));
    }
}
