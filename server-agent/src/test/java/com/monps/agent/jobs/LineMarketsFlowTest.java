package com.monps.agent.jobs;

import com.monps.agent.clv.ClvJob;
import com.monps.agent.collect.CollectJob;
import com.monps.agent.settle.SettleJob;
import com.monps.agent.testing.MutableClock;
import com.monps.agent.testing.StandInApi;
import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStats;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.StatsRepository;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.monps.agent.testing.Payloads.array;
import static com.monps.agent.testing.Payloads.bookmakerWithMarkets;
import static com.monps.agent.testing.Payloads.event;
import static com.monps.agent.testing.Payloads.market;
import static com.monps.agent.testing.Payloads.score;
import static com.monps.agent.testing.Payloads.spreads;
import static com.monps.agent.testing.Payloads.totals;
import static com.monps.agent.testing.StandInApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Totals and Asian handicaps end to end against a stand-in API answering {@code markets=h2h,totals,spreads} in The Odds
 * API's format: a collection a day before kick-off, bets on quarter, half and whole lines, a closing collection five
 * minutes before kick-off (Arsenal's handicap moves from −0.25 to −0.5), then settle and clv. Arsenal beat Chelsea 2-1
 * (3 goals), Everton and Fulham draw 1-1 (2 goals). Every figure below is worked out in its comment; stakes are 10.00.
 */
class LineMarketsFlowTest {

    private static final Instant KICK_OFF = Instant.parse("2030-08-16T19:00:00Z");
    private static final Instant OPENING = KICK_OFF.minus(Duration.ofDays(1));
    private static final Instant CLOSING = KICK_OFF.minus(Duration.ofMinutes(5));

    private final Database db = TestDatabase.fresh();
    private final StandInApi api = new StandInApi();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock(OPENING);
    private final JobRunner runner = new JobRunner(db.dsl(), meters);
    private final BetRepository bets = new BetRepository(db.dsl());

    @AfterEach
    void close() {
        api.close();
        db.close();
    }

    private static String opening() {
        Instant at = OPENING.minusSeconds(60);
        return array(
                event("ars-che", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea",
                        bookmakerWithMarkets("pinnacle", at, market("h2h", at, "Arsenal", "2.10", "Chelsea", "3.60", "3.40"),
                                totals(at, "2.5", "1.90", "1.95", "2.75", "2.20", "1.70"),
                                spreads(at, "Arsenal", "-0.25", "1.95", "Chelsea", "1.95")),
                        bookmakerWithMarkets("bet365", at, totals(at, "2.5", "2.00", "1.80"),
                                spreads(at, "Arsenal", "-0.25", "2.02", "Chelsea", "1.85"))),
                event("eve-ful", "soccer_epl", "EPL", KICK_OFF, "Everton", "Fulham",
                        bookmakerWithMarkets("pinnacle", at, totals(at, "2.25", "1.95", "1.90"),
                                spreads(at, "Everton", "0", "2.00", "Fulham", "1.90")),
                        bookmakerWithMarkets("bet365", at, spreads(at, "Everton", "0", "2.05", "Fulham", "1.82"))));
    }

    private static String closing() {
        Instant at = CLOSING.minusSeconds(30);
        return array(
                event("ars-che", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea",
                        bookmakerWithMarkets("pinnacle", at, market("h2h", at, "Arsenal", "2.00", "Chelsea", "3.90", "3.50"),
                                totals(at, "2.5", "1.80", "2.05", "2.75", "2.05", "1.80"),
                                spreads(at, "Arsenal", "-0.5", "2.10", "Chelsea", "1.80")),
                        bookmakerWithMarkets("bet365", at, totals(at, "2.5", "1.85", "2.00"),
                                spreads(at, "Arsenal", "-0.5", "2.15", "Chelsea", "1.75"))),
                event("eve-ful", "soccer_epl", "EPL", KICK_OFF, "Everton", "Fulham",
                        bookmakerWithMarkets("pinnacle", at, totals(at, "2.25", "2.00", "1.85"),
                                spreads(at, "Everton", "0", "1.95", "Fulham", "1.95")),
                        bookmakerWithMarkets("bet365", at, spreads(at, "Everton", "0", "2.00", "Fulham", "1.85"))));
    }

    private long bet(String match, Market market, Outcome side, String point, String odds, String bookmaker) {
        boolean arsenal = match.equals("ars-che");
        return bets.insert(NewBet.of(match, arsenal ? "Arsenal" : "Everton", arsenal ? "Chelsea" : "Fulham", "soccer_epl", "EPL",
                KICK_OFF, side, new BigDecimal(odds), new BigDecimal("10.00"), bookmaker, market,
                point == null ? null : new BigDecimal(point)));
    }

    @Test
    void collectBetSettleAndClvOnQuarterHalfAndWholeLinesIncludingAMovedLine() throws Exception {
        CollectJob collect = new CollectJob(api.client(db.dsl(), meters, List.of(Market.H2H, Market.TOTALS, Market.SPREADS)),
                db.dsl(), meters, clock, List.of("soccer_epl"));
        api.enqueue(ok(opening(), 480, 20, 3));
        JobResult collected = runner.run(collect);

        assertThat(api.server().takeRequest().getUrl().queryParameter("markets")).isEqualTo("h2h,totals,spreads");
        assertThat(collected.summary()).isEqualTo("stored 1 prices and 8 line prices for 2 matches in 1 sport(s)");

        long overQuarter = bet("ars-che", Market.TOTALS, Outcome.OVER, "2.75", "2.20", "pinnacle");
        long overHalf = bet("ars-che", Market.TOTALS, Outcome.OVER, "2.5", "2.00", "bet365");
        long homeQuarter = bet("ars-che", Market.SPREADS, Outcome.HOME, "-0.25", "2.02", "bet365");
        long awayQuarter = bet("ars-che", Market.SPREADS, Outcome.AWAY, "0.25", "1.95", "pinnacle");
        long underQuarter = bet("eve-ful", Market.TOTALS, Outcome.UNDER, "2.25", "1.90", "pinnacle");
        long overQuarterLost = bet("eve-ful", Market.TOTALS, Outcome.OVER, "2.25", "1.95", "pinnacle");
        long homeWhole = bet("eve-ful", Market.SPREADS, Outcome.HOME, "0", "2.05", "bet365");
        long h2h = bet("ars-che", Market.H2H, Outcome.HOME, null, "2.10", "pinnacle");

        clock.set(CLOSING);
        api.enqueue(ok(closing(), 477, 23, 3));
        runner.run(collect);

        clock.set(KICK_OFF.plus(Duration.ofHours(4)));
        api.enqueue(ok(array(
                score("ars-che", "soccer_epl", KICK_OFF, true, "Arsenal", "2", "Chelsea", "1", clock.instant()),
                score("eve-ful", "soccer_epl", KICK_OFF, true, "Everton", "1", "Fulham", "1", clock.instant())), 475, 25, 2));
        SettleJob settle = new SettleJob(api.client(db.dsl(), meters), db.dsl(), clock, Duration.ofHours(3));
        JobResult settled = runner.run(settle);
        JobResult clv = runner.run(new ClvJob(db.dsl(), clock));

        assertThat(settled.summary()).startsWith("settled 8 bet(s) (3 won, 1 lost, 1 void, 2 half won, 1 half lost)");
        assertThat(clv.items()).isEqualTo(8);

        // over 2.75 = halves on 2.5 (3 goals: wins 5 x 1.20) and 3 (push): +6.00.
        // Pinnacle closed over 2.75 at 2.05: (2.20 / 2.05 - 1) x 100 = 7.317; fair (1/2.05) / (1/2.05 + 1/1.80) = 0.467532,
        // no-vig CLV (2.20 x 0.467532 - 1) x 100 = 2.857
        assertBet(overQuarter, BetStatus.HALF_WON, "6.00", "16.00");
        assertClv(overQuarter, "2.050", "7.317", "0.467532", "2.857", "pinnacle", null);
        // over 2.5, 3 goals: +10 x 1.00. Bet365 closed over 2.5 at 1.85: 8.108; Pinnacle 1.80 / 2.05: fair 0.532468, 6.494
        assertBet(overHalf, BetStatus.WON, "10.00", "20.00");
        assertClv(overHalf, "1.850", "8.108", "0.532468", "6.494", "pinnacle", null);
        // home -0.25 = halves on -0.5 (2-1: d = 0.5 wins) and 0 (d = 1 wins): +10 x 1.02. The handicap moved to -0.5 at
        // both bookmakers: no closing odds, no CLV, the closing line -0.5
        assertBet(homeQuarter, BetStatus.WON, "10.20", "20.20");
        assertClv(homeQuarter, null, null, null, null, "line_moved", "-0.50");
        // away +0.25 = halves on 0 (d = -1) and +0.5 (d = -0.5): both lose. Closing line for the away side: +0.5
        assertBet(awayQuarter, BetStatus.LOST, "-10.00", "0.00");
        assertClv(awayQuarter, null, null, null, null, "line_moved", "0.50");
        // both priced, shown as implied, from Pinnacle's closing 1X2 2.00 / 3.50 / 3.90 de-vigged: H 0.479789,
        // D 0.274165, A 0.246046. A quarter line next to the draw needs only those: home -0.25 wins on a home win and
        // half-loses on a draw, fair p = H / (H + A + D/2) = 0.556008, (2.02 x 0.556008 - 1) x 100 = 12.314; away +0.25
        // wins on an away win and half-wins on a draw, (A + D/2) / (A + D/2 + H) = 0.443992, (1.95 x 0.443992 - 1) x 100
        // = -13.422. Solved with Pinnacle's closing over/under 2.5: pinnacle_1x2_total.
        assertImplied(homeQuarter, "0.556008", "12.314", "pinnacle_1x2_total");
        assertImplied(awayQuarter, "0.443992", "-13.422", "pinnacle_1x2_total");
        assertImplied(overQuarter, null, null, null);
        // under 2.25 = halves on 2 (2 goals: push) and 2.5 (wins 5 x 0.90): +4.50.
        // closed at 1.85: 2.703; fair (1/1.85) / (1/2.00 + 1/1.85) = 0.519481: (1.90 x 0.519481 - 1) x 100 = -1.299
        assertBet(underQuarter, BetStatus.HALF_WON, "4.50", "14.50");
        assertClv(underQuarter, "1.850", "2.703", "0.519481", "-1.299", "pinnacle", null);
        // over 2.25 = halves on 2 (push) and 2.5 (loses 5): -5.00. Closed at 2.00: -2.500; fair 0.480519: -6.299
        assertBet(overQuarterLost, BetStatus.HALF_LOST, "-5.00", "5.00");
        assertClv(overQuarterLost, "2.000", "-2.500", "0.480519", "-6.299", "pinnacle", null);
        // home 0 (whole line), 1-1: d = 0 on both halves: void. Bet365 closed Everton 0 at 2.00: 2.500; fair 0.5: 2.500
        assertBet(homeWhole, BetStatus.VOID, "0.00", "10.00");
        assertClv(homeWhole, "2.000", "2.500", "0.500000", "2.500", "pinnacle", null);
        // the h2h bet, collected in the same calls: won 10 x 1.10; closed at 2.00: 5.000
        assertBet(h2h, BetStatus.WON, "11.00", "21.00");
        assertThat(bets.find(h2h).orElseThrow().clvPercent()).isEqualByComparingTo("5.000");

        // hit rate 3 won / (3 won + 1 lost); half won and half lost in neither
        BetStats stats = new StatsRepository(db.dsl()).betStats();
        assertThat(List.of(stats.wins(), stats.losses(), stats.voids(), stats.halfWins(), stats.halfLosses()))
                .containsExactly(3L, 1L, 1L, 2L, 1L);
        assertThat(stats.hitRate()).isEqualByComparingTo("75.00");
        // 6.00 + 10.00 + 10.20 - 10.00 + 4.50 - 5.00 + 0 + 11.00
        assertThat(stats.totalProfit()).isEqualByComparingTo("26.70");

        // a re-run settles and writes nothing again
        assertThat(runner.run(settle).items()).isZero();
        assertThat(runner.run(new ClvJob(db.dsl(), clock)).items()).isZero();
    }

    private void assertBet(long id, BetStatus status, String profit, String payout) {
        Bet bet = bets.find(id).orElseThrow();
        assertThat(bet.status()).as("status of bet %d", id).isEqualTo(status);
        assertThat(bet.profit()).as("profit of bet %d", id).isEqualByComparingTo(profit);
        assertThat(bet.payout()).as("payout of bet %d", id).isEqualByComparingTo(payout);
    }

    private void assertClv(long id, String closing, String clv, String fair, String fairClv, String source, String closingPoint) {
        Bet bet = bets.find(id).orElseThrow();
        assertThat(bet).extracting(Bet::closingOdds, Bet::clvPercent, Bet::closingFairProb, Bet::clvFairPct, Bet::closingSource,
                        Bet::closingPoint)
                .as("closing line of bet %d", id)
                .containsExactly(decimal(closing), decimal(clv), decimal(fair), decimal(fairClv), source, decimal(closingPoint));
    }

    private void assertImplied(long id, String fair, String clv, String source) {
        assertThat(bets.find(id).orElseThrow()).extracting(Bet::impliedFairProb, Bet::clvImpliedPct, Bet::impliedSource)
                .as("implied closing line of bet %d", id)
                .containsExactly(decimal(fair), decimal(clv), source);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
