package com.monps.agent.jobs;

import com.monps.agent.clv.ClvJob;
import com.monps.agent.collect.CollectJob;
import com.monps.agent.settle.SettleJob;
import com.monps.agent.testing.MutableClock;
import com.monps.agent.testing.StandInApi;
import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.monps.agent.testing.Payloads.array;
import static com.monps.agent.testing.Payloads.bookmaker;
import static com.monps.agent.testing.Payloads.event;
import static com.monps.agent.testing.Payloads.score;
import static com.monps.agent.testing.StandInApi.ok;
import static com.monps.core.jooq.Tables.MATCHES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent's day against the stand-in API: two collections (a day before and 5 minutes before kick-off), bets on a
 * soccer home win, a soccer draw, an NFL game (no draw) and a cancelled match; then settle and clv.
 */
@Tag("engine") // also run on each TimescaleDB version by CI (profile "timescaledb")
class CollectSettleClvFlowTest {

    private static final Instant KICK_OFF = Instant.parse("2030-08-16T19:00:00Z");

    private final Database db = TestDatabase.fresh();
    private final StandInApi api = new StandInApi();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock(KICK_OFF.minus(Duration.ofDays(1)));
    private final JobRunner runner = new JobRunner(db.dsl(), meters);
    private final BetRepository bets = new BetRepository(db.dsl());

    @AfterEach
    void close() {
        api.close();
        db.close();
    }

    private static String soccer(String arsenal, String draw, String chelsea, String evertonDraw) {
        return array(
                event("ars-che", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea",
                        bookmaker("pinnacle", KICK_OFF.minusSeconds(600), "Arsenal", arsenal, "Chelsea", chelsea, draw),
                        bookmaker("unibet_eu", KICK_OFF.minusSeconds(600), "Arsenal", arsenal, "Chelsea", chelsea, draw)),
                event("eve-ful", "soccer_epl", "EPL", KICK_OFF, "Everton", "Fulham",
                        bookmaker("pinnacle", KICK_OFF.minusSeconds(600), "Everton", "2.60", "Fulham", "2.90", evertonDraw)),
                event("new-bri", "soccer_epl", "EPL", KICK_OFF, "Newcastle United", "Brighton and Hove Albion",
                        bookmaker("pinnacle", KICK_OFF.minusSeconds(600), "Newcastle United", "1.90", "Brighton and Hove Albion", "4.0", "3.7")));
    }

    private static String nfl(String eagles, String commanders) {
        return array(event("phi-was", "americanfootball_nfl", "NFL", KICK_OFF, "Philadelphia Eagles", "Washington Commanders",
                bookmaker("pinnacle", KICK_OFF.minusSeconds(600), "Philadelphia Eagles", eagles, "Washington Commanders", commanders, null)));
    }

    private long bet(String match, String home, String away, String sport, Outcome outcome, String odds, String bookmaker) {
        return bets.insert(NewBet.of(match, home, away, sport, null, KICK_OFF, outcome, new BigDecimal(odds),
                new BigDecimal("10.00"), bookmaker));
    }

    @Test
    void collectThenSettleThenClvGivesStatusesProfitsAndClvSigns() throws Exception {
        CollectJob collect = new CollectJob(api.client(db.dsl(), meters), db.dsl(), meters, clock,
                List.of("soccer_epl", "americanfootball_nfl"));
        api.enqueue(ok(soccer("2.20", "3.40", "3.30", "3.20"), 480, 20, 1), ok(nfl("1.50", "2.70"), 479, 21, 1));
        runner.run(collect);

        long homeWin = bet("ars-che", "Arsenal", "Chelsea", "soccer_epl", Outcome.HOME, "2.20", "unibet_eu");
        long draw = bet("eve-ful", "Everton", "Fulham", "soccer_epl", Outcome.DRAW, "3.20", "pinnacle");
        long twoWay = bet("phi-was", "Philadelphia Eagles", "Washington Commanders", "americanfootball_nfl", Outcome.AWAY, "2.70", "pinnacle");
        long cancelled = bet("new-bri", "Newcastle United", "Brighton and Hove Albion", "soccer_epl", Outcome.HOME, "1.90", "pinnacle");

        clock.set(KICK_OFF.minus(Duration.ofMinutes(5)));
        api.enqueue(ok(soccer("2.00", "3.50", "3.80", "3.50"), 478, 22, 1), ok(nfl("1.45", "2.85"), 477, 23, 1));
        runner.run(collect);

        db.dsl().update(MATCHES).set(MATCHES.CANCELLED, true).where(MATCHES.ID.eq("new-bri")).execute();
        clock.set(KICK_OFF.plus(Duration.ofHours(4)));
        api.enqueue(ok(array(
                        score("ars-che", "soccer_epl", KICK_OFF, true, "Arsenal", "2", "Chelsea", "0", clock.instant()),
                        score("eve-ful", "soccer_epl", KICK_OFF, true, "Everton", "1", "Fulham", "1", clock.instant())), 475, 25, 2),
                ok(array(score("phi-was", "americanfootball_nfl", KICK_OFF, true, "Philadelphia Eagles", "26",
                        "Washington Commanders", "18", clock.instant())), 473, 27, 2));
        JobResult settled = runner.run(new SettleJob(api.client(db.dsl(), meters), db.dsl(), clock, Duration.ofHours(3)));
        JobResult clv = runner.run(new ClvJob(db.dsl(), clock));

        assertThat(settled.summary()).startsWith("settled 4 bet(s) (2 won, 1 lost, 1 void)");
        assertThat(clv.items()).isEqualTo(4);
        Bet home = bets.find(homeWin).orElseThrow();
        assertThat(home.status()).isEqualTo(BetStatus.WON);
        assertThat(home.profit()).isEqualByComparingTo("12.00");
        assertThat(home.closingOdds()).isEqualByComparingTo("2.00");
        assertThat(home.clvPercent()).isEqualByComparingTo("10.000");
        assertThat(home.clvFairPct()).isPositive();
        Bet drawn = bets.find(draw).orElseThrow();
        assertThat(drawn.status()).isEqualTo(BetStatus.WON);
        assertThat(drawn.result()).isEqualTo(Outcome.DRAW);
        assertThat(drawn.profit()).isEqualByComparingTo("22.00");
        assertThat(drawn.clvPercent()).isNegative();
        Bet nflBet = bets.find(twoWay).orElseThrow();
        assertThat(nflBet.status()).isEqualTo(BetStatus.LOST);
        assertThat(nflBet.profit()).isEqualByComparingTo("-10.00");
        assertThat(nflBet.finalScore()).isEqualTo("26-18");
        assertThat(nflBet.clvPercent()).isNegative();
        assertThat(nflBet.closingFairProb().doubleValue()).isBetween(0.33, 0.36);
        Bet voided = bets.find(cancelled).orElseThrow();
        assertThat(voided.status()).isEqualTo(BetStatus.VOID);
        assertThat(voided.profit()).isEqualByComparingTo("0.00");
        assertThat(voided.payout()).isEqualByComparingTo("10.00");
    }
}
