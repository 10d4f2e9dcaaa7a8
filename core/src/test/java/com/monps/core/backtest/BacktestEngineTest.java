package com.monps.core.backtest;

import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.Prices;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.monps.core.backtest.Histories.match;
import static com.monps.core.backtest.Histories.prices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BacktestEngineTest {

    /** Backs the home side at Bet365's opening price with a fair probability of 0.5, on every match. */
    private static final Strategy HOME_AT_BET365 = new Strategy() {
        @Override
        public String name() {
            return "home-at-bet365";
        }

        @Override
        public List<Pick> picks(PreMatch match) {
            Prices b365 = match.opening().get(Bookmaker.BET365);
            return List.of(new Pick(Outcome.HOME, Bookmaker.BET365, b365.home(), 0.5));
        }
    };

    private final BacktestEngine engine = new BacktestEngine();

    @Test
    void reportsBetsWinsProfitRoiDrawdownAndLosingRunInKickOffOrder() {
        List<HistoricalMatch> history = List.of(
                homeBet("a", "2024-08-17T14:00:00Z", "2.50", Outcome.HOME, "2.00"),   // +1.50
                homeBet("b", "2024-08-24T14:00:00Z", "2.00", Outcome.AWAY, "2.10"),   // −1
                homeBet("c", "2024-08-31T14:00:00Z", "2.00", Outcome.DRAW, null),     // −1
                homeBet("d", "2024-09-14T14:00:00Z", "3.00", Outcome.HOME, "3.00"));  // +2

        BacktestReport report = engine.run(history, HOME_AT_BET365, Staking.Flat.ONE_UNIT);

        assertThat(report.bets()).isEqualTo(4);
        assertThat(report.wins()).isEqualTo(2);
        assertThat(report.staked()).isEqualByComparingTo("4");
        assertThat(report.profit()).isEqualByComparingTo("1.50");
        assertThat(report.roiPct()).isCloseTo(37.5, within(1e-9));
        assertThat(report.maxDrawdown()).isEqualByComparingTo("2");
        assertThat(report.longestLosingRun()).isEqualTo(2);
        // CLV: 2.50/2.00 → +25 %, 2.00/2.10 → −4.7619 %, none for c, 3.00/3.00 → 0 %
        assertThat(report.clvBets()).isEqualTo(3);
        assertThat(report.avgClvPct()).isCloseTo((25.0 - 4.761905 + 0.0) / 3, within(1e-5));
        assertThat(report.equity()).extracting(EquityPoint::cumulativeProfit)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.5"), new BigDecimal("0.5"), new BigDecimal("-0.5"), new BigDecimal("1.5"));
    }

    @Test
    void skipsMatchesWithoutAResult() {
        HistoricalMatch unplayed = new HistoricalMatch("u", com.monps.core.history.League.of("E0"),
                java.time.Instant.parse("2024-08-17T14:00:00Z"), java.time.Instant.parse("2024-08-14T14:00:00Z"), "H", "A",
                null, null, null, Map.of(Bookmaker.BET365, prices("2.0", "3.0", "4.0")), Map.of());

        BacktestReport report = engine.run(List.of(unplayed), HOME_AT_BET365, Staking.Flat.ONE_UNIT);

        assertThat(report.matches()).isZero();
        assertThat(report.bets()).isZero();
        assertThat(report.roiPct()).isNull();
    }

    @Test
    void kellyStakesOnlyFromResultsKnownWhenTheDecisionIsMade() {
        // b's opening prices (3 days before its kick-off) come before a is over: b is staked on the starting bankroll.
        // c opens after a and b are settled: its stake uses 100 + 2 × 1.5 × 4.16 = 112.48.
        List<HistoricalMatch> history = List.of(
                homeBet("a", "2024-08-17T14:00:00Z", "2.50", Outcome.HOME, null),
                homeBet("b", "2024-08-18T14:00:00Z", "2.50", Outcome.HOME, null),
                homeBet("c", "2024-08-31T14:00:00Z", "2.50", Outcome.AWAY, null));

        // quarter Kelly of p = 0.5 at 2.50: f* = (1.5 × 0.5 − 0.5) / 1.5 = 1/6, × 0.25 = 4.1667 %, under the 5 % cap
        BacktestReport report = engine.run(history, HOME_AT_BET365, Staking.FractionalKelly.QUARTER);

        assertThat(report.settledBets()).extracting(SettledBet::stake).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4.16"), new BigDecimal("4.16"), new BigDecimal("4.68"));
        assertThat(report.profit()).isEqualByComparingTo("7.80");
    }

    @Test
    void strategiesSeeOnlyOpeningPrices() {
        List<PreMatch> seen = new ArrayList<>();
        Strategy spy = new Strategy() {
            @Override
            public String name() {
                return "spy";
            }

            @Override
            public List<Pick> picks(PreMatch match) {
                seen.add(match);
                return List.of();
            }
        };

        engine.run(List.of(homeBet("a", "2024-08-17T14:00:00Z", "2.50", Outcome.HOME, "1.90")), spy, Staking.Flat.ONE_UNIT);

        assertThat(seen).singleElement().satisfies(m -> assertThat(m.opening().get(Bookmaker.BET365).home()).isEqualByComparingTo("2.50"));
    }

    private static HistoricalMatch homeBet(String id, String kickOff, String b365Home, Outcome result, String pinnacleCloseHome) {
        Map<Bookmaker, Prices> closing = pinnacleCloseHome == null ? Map.of()
                : Map.of(Bookmaker.PINNACLE, prices(pinnacleCloseHome, "3.5", "4.0"));
        return match(id, kickOff, result, Map.of(Bookmaker.BET365, prices(b365Home, "3.4", "3.9")), closing);
    }
}
