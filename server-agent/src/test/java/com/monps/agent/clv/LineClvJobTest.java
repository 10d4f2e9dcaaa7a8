package com.monps.agent.clv;

import com.monps.agent.testing.MutableClock;
import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.LineOddsRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CLV of totals and spreads bets at their line. Prices: an opening collection two days out and a closing one ten
 * minutes before kick-off. Pinnacle closes totals at 2.5 (over 1.90, under 2.00) and 2.75, spreads at −0.25 (1.95 each);
 * Bet365 moved its total from 2.5 to 2.75; Pinnacle's 2.25 was quoted at the opening only.
 */
class LineClvJobTest {

    private static final Instant KICK_OFF = Instant.parse("2030-08-16T19:00:00Z");
    private static final Instant OPENING = KICK_OFF.minus(Duration.ofDays(2));
    private static final Instant CLOSING = KICK_OFF.minus(Duration.ofMinutes(10));

    private final Database db = TestDatabase.fresh();
    private final ClvJob job = new ClvJob(db.dsl(), new MutableClock(KICK_OFF.plus(Duration.ofHours(1))));
    private final BetRepository bets = new BetRepository(db.dsl());

    @BeforeEach
    void prices() {
        new MatchRepository(db.dsl()).upsert(List.of(Match.upcoming("m1", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea")));
        new LineOddsRepository(db.dsl()).merge(List.of(
                line("pinnacle", Market.TOTALS, "2.25", "1.80", "2.05", OPENING),
                line("pinnacle", Market.TOTALS, "2.5", "1.95", "1.95", OPENING),
                line("pinnacle", Market.TOTALS, "2.5", "1.90", "2.00", CLOSING),
                line("pinnacle", Market.TOTALS, "2.75", "2.10", "1.80", CLOSING),
                line("pinnacle", Market.SPREADS, "-0.25", "1.95", "1.95", CLOSING),
                line("bet365", Market.TOTALS, "2.5", "2.05", "1.80", OPENING),
                line("bet365", Market.TOTALS, "2.75", "2.15", "1.72", CLOSING),
                line("pinnacle", Market.TOTALS, "2.5", "1.50", "2.60", KICK_OFF.plusSeconds(900))));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theClosingPriceIsTheBetsSideAtItsPointAndTheFairOneIsPinnaclesDeViggedPair() {
        long over = bet(Market.TOTALS, Outcome.OVER, "2.5", "2.05", "pinnacle");

        job.run();

        // closing over 2.5 = 1.90: (2.05 / 1.90 - 1) x 100 = 7.895; fair over = (1/1.90) / (1/1.90 + 1/2.00) = 0.512821;
        // no-vig CLV = (2.05 x 0.512821 - 1) x 100 = 5.128
        assertThat(find(over)).extracting(Bet::closingOdds, Bet::clvPercent, Bet::closingFairProb, Bet::clvFairPct,
                        Bet::closingSource, Bet::closingPoint)
                .containsExactly(new BigDecimal("1.900"), new BigDecimal("7.895"), new BigDecimal("0.512821"),
                        new BigDecimal("5.128"), "pinnacle", null);
    }

    @Test
    void aBookmakerThatMovedItsLineGetsNoClosingOddsButTheLineMovedStateWithItsClosingLine() {
        long moved = bet(Market.TOTALS, Outcome.OVER, "2.5", "2.05", "bet365");

        job.run();

        // Bet365 closed at 2.75 only; Pinnacle still closed at 2.5, so the no-vig CLV stands
        assertThat(find(moved)).extracting(Bet::closingOdds, Bet::clvPercent, Bet::closingFairProb, Bet::clvFairPct,
                        Bet::closingSource, Bet::closingPoint)
                .containsExactly(null, null, new BigDecimal("0.512821"), new BigDecimal("5.128"), "line_moved",
                        new BigDecimal("2.75"));
    }

    @Test
    void aLineQuotedOnlyBeforeTheCloseIsNotAClosingLine() {
        long stale = bet(Market.TOTALS, Outcome.UNDER, "2.25", "2.10", "pinnacle");

        job.run();

        // Pinnacle's closing snapshot has 2.5 and 2.75; its main line is 2.5 (|1.90 - 2.00| < |2.10 - 1.80|)
        assertThat(find(stale)).extracting(Bet::closingOdds, Bet::clvPercent, Bet::closingFairProb, Bet::closingSource,
                        Bet::closingPoint)
                .containsExactly(null, null, null, "line_moved", new BigDecimal("2.50"));
    }

    @Test
    void aSpreadsBetAtABookmakerNeverCollectedReadsPinnacleAtTheHomeHandicapOfItsSide() {
        long away = bet(Market.SPREADS, Outcome.AWAY, "0.25", "2.00", "williamhill");
        long homeMoved = bet(Market.SPREADS, Outcome.HOME, "0.25", "1.80", "pinnacle");
        long awayMoved = bet(Market.SPREADS, Outcome.AWAY, "0.5", "1.80", "pinnacle");

        assertThat(job.run().items()).isEqualTo(3);

        // away +0.25 is the away side of home -0.25: closing 1.95, (2.00 / 1.95 - 1) x 100 = 2.564; fair 0.5 -> 0.000
        assertThat(find(away)).extracting(Bet::closingOdds, Bet::clvPercent, Bet::closingFairProb, Bet::clvFairPct,
                        Bet::closingSource)
                .containsExactly(new BigDecimal("1.950"), new BigDecimal("2.564"), new BigDecimal("0.500000"),
                        new BigDecimal("0.000"), "pinnacle");
        // the closing line, home -0.25, in each bet's terms: -0.25 for a home bet, +0.25 for an away bet
        assertThat(find(homeMoved)).extracting(Bet::closingOdds, Bet::closingSource, Bet::closingPoint)
                .containsExactly(null, "line_moved", new BigDecimal("-0.25"));
        assertThat(find(awayMoved)).extracting(Bet::closingOdds, Bet::closingSource, Bet::closingPoint)
                .containsExactly(null, "line_moved", new BigDecimal("0.25"));
    }

    @Test
    void aRerunChangesNothingAndH2hBetsAreLeftToTheirOwnStatement() {
        bet(Market.TOTALS, Outcome.OVER, "2.5", "2.05", "pinnacle");
        long h2h = bets.insert(NewBet.of("m1", "Arsenal", "Chelsea", "soccer_epl", "EPL", KICK_OFF, Outcome.HOME,
                new BigDecimal("2.00"), new BigDecimal("10.00"), "pinnacle"));

        assertThat(job.run().items()).isEqualTo(1);
        assertThat(job.run().items()).isZero();
        assertThat(find(h2h).closingSource()).isNull();
    }

    private long bet(Market market, Outcome side, String point, String odds, String bookmaker) {
        return bets.insert(NewBet.of("m1", "Arsenal", "Chelsea", "soccer_epl", "EPL", KICK_OFF, side, new BigDecimal(odds),
                new BigDecimal("10.00"), bookmaker, market, new BigDecimal(point)));
    }

    private Bet find(long id) {
        return bets.find(id).orElseThrow();
    }

    private static LinePrice line(String bookmaker, Market market, String point, String first, String second, Instant at) {
        return new LinePrice("m1", bookmaker, market, new BigDecimal(point), new BigDecimal(first), new BigDecimal(second), at, null);
    }
}
