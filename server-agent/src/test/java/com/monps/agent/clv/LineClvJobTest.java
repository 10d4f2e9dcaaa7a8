package com.monps.agent.clv;

import com.monps.agent.testing.MutableClock;
import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.LineOddsRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
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
 * minutes before kick-off. Pinnacle closes totals at 2.5 (over 1.90, under 2.00) and 2.75, spreads at −0.25 (1.95 each),
 * the 1X2 at 1.80 / 3.80 / 4.60; Bet365 moved its total from 2.5 to 2.75; Pinnacle's 2.25 was quoted at the opening only.
 * The implied figures of moved lines come from core/src/test/python/implied_goals_reference.py (scipy, its own grid).
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
        prices(h2h("m1", "pinnacle", "1.90", "3.50", "4.20", OPENING), h2h("m1", "pinnacle", "1.80", "3.80", "4.60", CLOSING));
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
        assertThat(find(moved).impliedSource()).as("a quoted fair price needs no implied one").isNull();
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
    void aMovedLineWithNoQuotedFairPriceGetsTheClosingMarketTranslatedToItsLineShownAsImplied() {
        long stale = bet(Market.TOTALS, Outcome.UNDER, "2.25", "2.10", "pinnacle");

        job.run();

        // Pinnacle's close 1X2 1.80 / 3.80 / 4.60 and over 2.5 (1/1.90) / (1/1.90 + 1/2.00) imply λh 1.72664, λa 0.99976,
        // ρ -0.07234; under 2.25 (halves on 2 and 2.5): fair p = (P(≤ 1) + P(2)/2) / (P(≤ 1) + P(2)/2 + P(≥ 3)) = 0.413435,
        // (2.10 x 0.413435 - 1) x 100 = -13.179. Still no closing odds: the close never quoted 2.25.
        assertThat(find(stale)).extracting(Bet::closingOdds, Bet::clvPercent, Bet::closingFairProb, Bet::clvFairPct,
                        Bet::closingSource, Bet::impliedFairProb, Bet::clvImpliedPct, Bet::impliedSource)
                .containsExactly(null, null, null, null, "line_moved", new BigDecimal("0.413435"), new BigDecimal("-13.179"),
                        "pinnacle_1x2_total");
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
        // translated to their lines: home +0.25 wins on a home win, half-wins on a draw: (H + D/2) / (H + D/2 + A) with
        // Pinnacle's de-vigged 1X2 = 0.759663, (1.80 x 0.759663 - 1) x 100 = 36.739; away +0.5 (a half line): P(away
        // wins or draws) in the implied grid = 0.463804, -16.515. The quoted no-vig of the away bet stays where it was.
        assertThat(find(homeMoved)).extracting(Bet::impliedFairProb, Bet::clvImpliedPct, Bet::impliedSource)
                .containsExactly(new BigDecimal("0.759663"), new BigDecimal("36.739"), "pinnacle_1x2_total");
        assertThat(find(awayMoved)).extracting(Bet::impliedFairProb, Bet::clvImpliedPct, Bet::impliedSource)
                .containsExactly(new BigDecimal("0.463804"), new BigDecimal("-16.515"), "pinnacle_1x2_total");
        assertThat(find(away)).extracting(Bet::impliedFairProb, Bet::impliedSource).containsExactly(null, null);
    }

    @Test
    void aQuotedPriceFoundLaterReplacesTheImpliedOne() {
        long stale = bet(Market.TOTALS, Outcome.UNDER, "2.25", "2.10", "pinnacle");
        job.run();
        assertThat(find(stale).impliedSource()).isEqualTo("pinnacle_1x2_total");

        // a closing collection stored after the job ran (an import, a late write): Pinnacle quoted 2.25 at the close
        lines(line("pinnacle", Market.TOTALS, "2.25", "1.85", "2.05", CLOSING.plusSeconds(60)));
        assertThat(job.run().items()).isEqualTo(1);

        // closing under 2.25 = 2.05: (2.10 / 2.05 - 1) x 100 = 2.439; fair (1/2.05) / (1/1.85 + 1/2.05) = 0.474359,
        // (2.10 x 0.474359 - 1) x 100 = -0.385; the implied figures are cleared
        assertThat(find(stale)).extracting(Bet::closingOdds, Bet::clvPercent, Bet::closingFairProb, Bet::clvFairPct,
                        Bet::closingSource, Bet::impliedFairProb, Bet::clvImpliedPct, Bet::impliedSource)
                .containsExactly(new BigDecimal("2.050"), new BigDecimal("2.439"), new BigDecimal("0.474359"),
                        new BigDecimal("-0.385"), "pinnacle", null, null, null);
        assertThat(job.run().items()).isZero();
    }

    @Test
    void withoutAPinnacle1x2TheConsensusOfTheClosingBookmakersIsTranslated() {
        match("m2");
        lines(line("m2", "bet365", Market.TOTALS, "2.5", "1.95", "1.85", CLOSING),
                line("m2", "williamhill", Market.TOTALS, "2.5", "1.90", "1.90", CLOSING));
        prices(h2h("m2", "bet365", "1.85", "3.60", "4.40", CLOSING), h2h("m2", "williamhill", "1.80", "3.75", "4.50", CLOSING));
        long over3 = bets.insert(NewBet.of("m2", "Everton", "Fulham", "soccer_epl", "EPL", KICK_OFF, Outcome.OVER,
                new BigDecimal("2.40"), new BigDecimal("10.00"), "bet365", Market.TOTALS, new BigDecimal("3")));

        job.run();

        // each outcome's implied probabilities averaged over Bet365 and William Hill, normalised: λh 1.66298, λa 0.98448,
        // ρ -0.07184; over 3 (a whole line: 3 goals push) = P(≥ 4) / (P(≥ 4) + P(≤ 2)) = 0.351320, (2.40 x 0.351320 - 1)
        // x 100 = -15.683
        assertThat(find(over3)).extracting(Bet::closingOdds, Bet::closingSource, Bet::closingPoint, Bet::impliedFairProb,
                        Bet::clvImpliedPct, Bet::impliedSource)
                .containsExactly(null, "line_moved", new BigDecimal("2.50"), new BigDecimal("0.351320"),
                        new BigDecimal("-15.683"), "consensus_1x2_total");
    }

    @Test
    void withoutAClosingTotalOnlyTheGoalExpectanciesAreSolvedAtTheFixedRho() {
        match("m3");
        lines(line("m3", "pinnacle", Market.TOTALS, "2.75", "2.10", "1.80", CLOSING));
        prices(h2h("m3", "pinnacle", "1.80", "3.80", "4.60", CLOSING));
        long under = bets.insert(NewBet.of("m3", "Everton", "Fulham", "soccer_epl", "EPL", KICK_OFF, Outcome.UNDER,
                new BigDecimal("2.10"), new BigDecimal("10.00"), "pinnacle", Market.TOTALS, new BigDecimal("2.25")));

        job.run();

        // the same 1X2 as m1 but no 2.5 line: λh 1.67613, λa 0.96007 at ρ = -0.05, under 2.25 = 0.437791, -8.064
        assertThat(find(under)).extracting(Bet::closingOdds, Bet::impliedFairProb, Bet::clvImpliedPct, Bet::impliedSource)
                .containsExactly(null, new BigDecimal("0.437791"), new BigDecimal("-8.064"), "pinnacle_1x2");
    }

    @Test
    void withNoClosing1x2AMovedLineHasNoImpliedPriceEither() {
        match("m4");
        lines(line("m4", "pinnacle", Market.TOTALS, "2.5", "1.90", "2.00", CLOSING));
        long over = bets.insert(NewBet.of("m4", "Everton", "Fulham", "soccer_epl", "EPL", KICK_OFF, Outcome.OVER,
                new BigDecimal("2.10"), new BigDecimal("10.00"), "pinnacle", Market.TOTALS, new BigDecimal("2.75")));

        assertThat(job.run().items()).isEqualTo(1);

        assertThat(find(over)).extracting(Bet::closingOdds, Bet::closingSource, Bet::impliedFairProb, Bet::impliedSource)
                .containsExactly(null, "line_moved", null, null);
    }

    @Test
    void aRerunChangesNothingAndH2hBetsAreLeftToTheirOwnStatement() {
        bet(Market.TOTALS, Outcome.OVER, "2.5", "2.05", "pinnacle");
        bet(Market.TOTALS, Outcome.UNDER, "2.25", "2.10", "pinnacle");
        long h2h = bets.insert(NewBet.of("m1", "Arsenal", "Chelsea", "soccer_epl", "EPL", KICK_OFF, Outcome.HOME,
                new BigDecimal("2.00"), new BigDecimal("10.00"), "pinnacle"));

        assertThat(job.run().items()).isEqualTo(3);
        assertThat(job.run().items()).isZero();
        assertThat(find(h2h)).extracting(Bet::closingOdds, Bet::closingSource, Bet::closingPoint, Bet::impliedSource)
                .containsExactly(new BigDecimal("1.800"), "pinnacle", null, null);
    }

    private void match(String id) {
        new MatchRepository(db.dsl()).upsert(List.of(Match.upcoming(id, "soccer_epl", "EPL", KICK_OFF, "Everton", "Fulham")));
    }

    private void lines(LinePrice... prices) {
        new LineOddsRepository(db.dsl()).merge(List.of(prices));
    }

    private void prices(OddsSnapshot... snapshots) {
        new OddsRepository(db.dsl()).append(List.of(snapshots));
    }

    private static OddsSnapshot h2h(String match, String bookmaker, String home, String draw, String away, Instant at) {
        return new OddsSnapshot(match, bookmaker, new BigDecimal(home), new BigDecimal(draw), new BigDecimal(away), at, null);
    }

    private long bet(Market market, Outcome side, String point, String odds, String bookmaker) {
        return bets.insert(NewBet.of("m1", "Arsenal", "Chelsea", "soccer_epl", "EPL", KICK_OFF, side, new BigDecimal(odds),
                new BigDecimal("10.00"), bookmaker, market, new BigDecimal(point)));
    }

    private Bet find(long id) {
        return bets.find(id).orElseThrow();
    }

    private static LinePrice line(String bookmaker, Market market, String point, String first, String second, Instant at) {
        return line("m1", bookmaker, market, point, first, second, at);
    }

    private static LinePrice line(String match, String bookmaker, Market market, String point, String first, String second,
                                  Instant at) {
        return new LinePrice(match, bookmaker, market, new BigDecimal(point), new BigDecimal(first), new BigDecimal(second), at, null);
    }
}
