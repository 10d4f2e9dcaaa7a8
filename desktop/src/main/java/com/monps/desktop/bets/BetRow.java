package com.monps.desktop.bets;

import com.monps.core.domain.Bet;
import com.monps.desktop.fx.CaseInsensitiveKey;
import com.monps.desktop.fx.MarketSide;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A bet as a table row: the bet, plus what filtering and sorting need precomputed (match label, search text, placement day). */
public record BetRow(Bet bet, CaseInsensitiveKey match, String searchText, LocalDate placedOn) {

    /** Rows of many bets, where the bets on one match share one label key: a sort by match then reads few keys. */
    public static List<BetRow> of(List<Bet> bets, ZoneId zone) {
        Map<String, CaseInsensitiveKey> labels = new HashMap<>();
        return bets.stream().map(bet -> of(bet, zone, labels.computeIfAbsent(bet.matchLabel(), CaseInsensitiveKey::of))).toList();
    }

    private static BetRow of(Bet bet, ZoneId zone, CaseInsensitiveKey match) {
        String search = String.join(" ", bet.homeTeam(), bet.awayTeam(), bet.bookmaker(),
                bet.league() == null ? "" : bet.league(), bet.notes() == null ? "" : bet.notes()).toLowerCase(Locale.ROOT);
        return new BetRow(bet, match, search, bet.placedAt().atZone(zone).toLocalDate());
    }

    /** The market, line and side the bet backs. */
    public MarketSide side() {
        return new MarketSide(bet.market(), bet.point(), bet.outcome());
    }

    public String league() {
        return bet.league() == null ? bet.sport() : bet.league();
    }
}
