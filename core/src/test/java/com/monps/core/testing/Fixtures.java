package com.monps.core.testing;

import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.time.Instant;

/** Small hand-made rows for tests. */
public final class Fixtures {

    public static final Instant KICK_OFF = Instant.parse("2024-08-16T19:00:00Z");

    private Fixtures() {
    }

    public static Match match(String id) {
        return Match.upcoming(id, "soccer_epl", "EPL", KICK_OFF, "Manchester United", "Fulham");
    }

    public static NewBet bet(String matchId, Outcome outcome, String odds, String stake) {
        return NewBet.of(matchId, "Manchester United", "Fulham", "soccer_epl", "EPL", KICK_OFF, outcome,
                new BigDecimal(odds), new BigDecimal(stake), "pinnacle");
    }
}
