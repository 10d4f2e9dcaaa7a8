package com.monps.core.agents;

import com.monps.core.domain.Match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything agent A looks at for one upcoming match: its 1X2 (or two-way) market when quoted, else null, and its
 * lines of totals and spreads, in market and point order.
 */
public record MatchMarkets(Match match, Market h2h, List<LineMarket> lines) {

    public MatchMarkets {
        lines = List.copyOf(lines);
    }

    /**
     * The markets grouped by match, in the order the matches first appear (the readers give them earliest kick-off
     * first): matches with 1X2 prices, then those with only line prices.
     */
    public static List<MatchMarkets> byMatch(List<Market> h2h, List<LineMarket> lines) {
        Map<String, Match> matches = new LinkedHashMap<>();
        Map<String, Market> h2hById = new LinkedHashMap<>();
        Map<String, List<LineMarket>> linesById = new LinkedHashMap<>();
        h2h.forEach(m -> {
            matches.put(m.match().id(), m.match());
            h2hById.put(m.match().id(), m);
        });
        lines.forEach(l -> {
            matches.putIfAbsent(l.match().id(), l.match());
            linesById.computeIfAbsent(l.match().id(), id -> new ArrayList<>()).add(l);
        });
        List<MatchMarkets> byMatch = new ArrayList<>(matches.size());
        matches.forEach((id, match) -> byMatch.add(new MatchMarkets(match, h2hById.get(id), linesById.getOrDefault(id, List.of()))));
        return byMatch;
    }

    /** How many markets (a 1X2 market, each line) the match offers. */
    public int markets() {
        return (h2h == null ? 0 : 1) + lines.size();
    }
}
