package com.monps.agent.clv;

import com.monps.agent.testing.MutableClock;
import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.testing.Compression;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CLV of bets whose match was weeks ago, once its prices sit in compressed chunks (TimescaleDB; skips on plain
 * PostgreSQL): read from odds_latest, and from odds_h2h itself when the match row arrived after its prices.
 */
@Tag("engine") // also run on each TimescaleDB version by CI (profile "timescaledb")
class ClvOnCompressedChunksTest {

    private static final Instant KICK_OFF = Instant.parse("2024-04-13T14:00:00Z");

    private final Database db = TestDatabase.fresh();
    private final MutableClock clock = new MutableClock(KICK_OFF.plus(Duration.ofDays(30)));
    private final BetRepository bets = new BetRepository(db.dsl());
    private final OddsRepository odds = new OddsRepository(db.dsl());
    private final MatchRepository matches = new MatchRepository(db.dsl());

    @BeforeEach
    void assumeTimescale() {
        Compression.assumeHypertable(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBetSettledWeeksLateGetsItsClosingLineFromCompressedChunks() {
        matches.upsert(List.of(match("stored")));
        prices("stored");
        Compression.compressAllChunks(db);
        long id = bet("stored");

        assertThat(new ClvJob(db.dsl(), clock).run().items()).isEqualTo(1);

        assertClosingLine(bets.find(id).orElseThrow());
    }

    @Test
    void aMatchStoredAfterItsCompressedPricesTakesItsClosingLineFromOddsH2h() {
        prices("late");
        Compression.compressAllChunks(db);
        matches.upsert(List.of(match("late"))); // odds_latest recomputed from the compressed time series
        long id = bet("late");

        assertThat(new ClvJob(db.dsl(), clock).run().items()).isEqualTo(1);

        assertClosingLine(bets.find(id).orElseThrow());
    }

    private static void assertClosingLine(Bet bet) {
        assertThat(bet.closingOdds()).isEqualByComparingTo("2.00");
        assertThat(bet.clvPercent()).isEqualByComparingTo("5.000");
        double overround = 1 / 2.05 + 1 / 3.60 + 1 / 3.90;
        assertThat(bet.closingFairProb().doubleValue()).isCloseTo((1 / 2.05) / overround, org.assertj.core.data.Offset.offset(1e-6));
    }

    /** Three weeks of prices before kick-off, then in-play prices that must be ignored. */
    private void prices(String matchId) {
        odds.append(List.of(
                price(matchId, "unibet_eu", Duration.ofDays(20), "2.40", "3.30", "3.10"),
                price(matchId, "pinnacle", Duration.ofDays(20), "2.45", "3.30", "3.00"),
                price(matchId, "unibet_eu", Duration.ofDays(9), "2.20", "3.40", "3.30"),
                price(matchId, "unibet_eu", Duration.ofMinutes(8), "2.00", "3.50", "3.80"),
                price(matchId, "pinnacle", Duration.ofMinutes(5), "2.05", "3.60", "3.90"),
                price(matchId, "unibet_eu", Duration.ofMinutes(-20), "1.30", "5.00", "9.00")));
    }

    private long bet(String matchId) {
        return bets.insert(NewBet.of(matchId, "Arsenal", "Chelsea", "soccer_epl", "EPL", KICK_OFF, Outcome.HOME,
                new BigDecimal("2.10"), new BigDecimal("10.00"), "unibet_eu"));
    }

    private static Match match(String id) {
        return Match.upcoming(id, "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea");
    }

    private static OddsSnapshot price(String matchId, String bookmaker, Duration beforeKickOff, String home, String draw, String away) {
        return new OddsSnapshot(matchId, bookmaker, new BigDecimal(home), new BigDecimal(draw), new BigDecimal(away),
                KICK_OFF.minus(beforeKickOff), null);
    }
}
