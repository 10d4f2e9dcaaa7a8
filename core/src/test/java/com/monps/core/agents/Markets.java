package com.monps.core.agents;

import com.monps.core.domain.Match;
import com.monps.core.domain.MatchOdds;
import com.monps.core.domain.OddsSnapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-built markets for the agents' tests. */
final class Markets {

    static final Match MATCH = Match.upcoming("m1", "soccer_epl", "EPL", Instant.parse("2024-08-17T14:00:00Z"), "Arsenal", "Wolves");

    private Markets() {
    }

    /** Pairs of (bookmaker, "home/draw/away"), or (bookmaker, "home/away") for a two-way market. */
    static Market market(String... bookmakerAndPrices) {
        Map<String, MatchOdds> latest = new LinkedHashMap<>();
        for (int i = 0; i < bookmakerAndPrices.length; i += 2) {
            String[] p = bookmakerAndPrices[i + 1].split("/");
            BigDecimal draw = p.length == 3 ? new BigDecimal(p[1]) : null;
            latest.put(bookmakerAndPrices[i], new OddsSnapshot(MATCH.id(), bookmakerAndPrices[i], new BigDecimal(p[0]),
                    draw, new BigDecimal(p[p.length - 1]), Instant.parse("2024-08-16T10:00:00Z"), null));
        }
        return new Market(MATCH, latest);
    }
}
