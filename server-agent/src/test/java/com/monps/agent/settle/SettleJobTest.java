package com.monps.agent.settle;

import com.monps.agent.testing.MutableClock;
import com.monps.agent.testing.StandInApi;
import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.monps.agent.testing.Payloads.array;
import static com.monps.agent.testing.Payloads.score;
import static com.monps.agent.testing.StandInApi.ok;
import static com.monps.core.jooq.Tables.MATCHES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettleJobTest {

    private static final Instant KICK_OFF = Instant.parse("2030-08-16T19:00:00Z");
    private static final Instant AFTER = KICK_OFF.plus(Duration.ofHours(4));

    private final Database db = TestDatabase.fresh();
    private final StandInApi api = new StandInApi();
    private final MutableClock clock = new MutableClock(AFTER);
    private final SettleJob job = new SettleJob(api.client(db.dsl(), new SimpleMeterRegistry()), db.dsl(), clock, Duration.ofHours(3));
    private final BetRepository bets = new BetRepository(db.dsl());
    private final MatchRepository matches = new MatchRepository(db.dsl());

    @AfterEach
    void close() {
        api.close();
        db.close();
    }

    private long bet(String matchId, String sport, String home, String away, Outcome outcome, String odds, String stake) {
        matches.upsert(List.of(Match.upcoming(matchId, sport, null, KICK_OFF, home, away)));
        return bets.insert(NewBet.of(matchId, home, away, sport, null, KICK_OFF, outcome, new BigDecimal(odds),
                new BigDecimal(stake), "pinnacle"));
    }

    private Bet find(long id) {
        return bets.find(id).orElseThrow();
    }

    private static String epl(String id, String home, String homeGoals, String away, String awayGoals) {
        return score(id, "soccer_epl", KICK_OFF, true, home, homeGoals, away, awayGoals, KICK_OFF.plusSeconds(7000));
    }

    @Test
    void settlesWinsLossesAndDrawsFromOneScoresCallPerSport() throws Exception {
        long win = bet("m1", "soccer_epl", "Arsenal", "Chelsea", Outcome.HOME, "2.10", "10.00");
        long loss = bet("m1", "soccer_epl", "Arsenal", "Chelsea", Outcome.AWAY, "3.60", "5.00");
        long drawWin = bet("m2", "soccer_epl", "Everton", "Fulham", Outcome.DRAW, "3.40", "20.00");
        long drawLoss = bet("m2", "soccer_epl", "Everton", "Fulham", Outcome.HOME, "2.05", "8.00");
        api.enqueue(ok(array(epl("m1", "Arsenal", "2", "Chelsea", "1"), epl("m2", "Everton", "1", "Fulham", "1")), 470, 30, 2));

        var result = job.run();

        assertThat(api.server().getRequestCount()).isEqualTo(1);
        assertThat(api.server().takeRequest().getUrl().queryParameter("daysFrom")).isEqualTo("1");
        assertThat(find(win)).satisfies(b -> {
            assertThat(b.status()).isEqualTo(BetStatus.WON);
            assertThat(b.payout()).isEqualByComparingTo("21.00");
            assertThat(b.profit()).isEqualByComparingTo("11.00");
            assertThat(b.result()).isEqualTo(Outcome.HOME);
            assertThat(b.finalScore()).isEqualTo("2-1");
            assertThat(b.settledBy()).isEqualTo(SettledBy.AUTO);
            assertThat(b.settledAt()).isEqualTo(AFTER);
        });
        assertThat(find(loss).profit()).isEqualByComparingTo("-5.00");
        assertThat(find(drawWin)).satisfies(b -> {
            assertThat(b.status()).isEqualTo(BetStatus.WON);
            assertThat(b.profit()).isEqualByComparingTo("48.00");
            assertThat(b.result()).isEqualTo(Outcome.DRAW);
        });
        assertThat(find(drawLoss).status()).isEqualTo(BetStatus.LOST);
        assertThat(matches.find("m1").orElseThrow()).satisfies(m -> {
            assertThat(m.completed()).isTrue();
            assertThat(m.homeScore()).isEqualTo(2);
        });
        assertThat(result.summary()).startsWith("settled 4 bet(s) (2 won, 2 lost, 0 void)");
    }

    @Test
    void settlesATwoWaySport() {
        long bet = bet("nfl1", "americanfootball_nfl", "Philadelphia Eagles", "Washington Commanders", Outcome.AWAY, "2.80", "10.00");
        api.enqueue(ok(array(score("nfl1", "americanfootball_nfl", KICK_OFF, true, "Philadelphia Eagles", "26",
                "Washington Commanders", "18", AFTER)), 470, 30, 2));

        job.run();

        assertThat(find(bet)).satisfies(b -> {
            assertThat(b.status()).isEqualTo(BetStatus.LOST);
            assertThat(b.finalScore()).isEqualTo("26-18");
        });
    }

    @Test
    void cancelledMatchVoidsItsBetsWithoutAnyCall() {
        long bet = bet("m1", "soccer_epl", "Arsenal", "Chelsea", Outcome.HOME, "2.10", "10.00");
        db.dsl().update(MATCHES).set(MATCHES.CANCELLED, true).where(MATCHES.ID.eq("m1")).execute();

        job.run();

        assertThat(find(bet)).satisfies(b -> {
            assertThat(b.status()).isEqualTo(BetStatus.VOID);
            assertThat(b.payout()).isEqualByComparingTo("10.00");
            assertThat(b.profit()).isEqualByComparingTo("0.00");
        });
        assertThat(api.server().getRequestCount()).isZero();
    }

    @Test
    void rerunSettlesNothingTwiceAndNeverTouchesAManualSettlement() {
        long auto = bet("m1", "soccer_epl", "Arsenal", "Chelsea", Outcome.HOME, "2.10", "10.00");
        long manual = bet("m1", "soccer_epl", "Arsenal", "Chelsea", Outcome.AWAY, "3.60", "5.00");
        bets.settle(manual, new BetRepository.Settlement(BetStatus.VOID, null, null, new BigDecimal("5.00"),
                new BigDecimal("0.00"), SettledBy.MANUAL, KICK_OFF));
        api.enqueue(ok(array(epl("m1", "Arsenal", "2", "Chelsea", "1")), 470, 30, 2));
        job.run();
        Bet settled = find(auto);
        clock.advance(Duration.ofHours(12));

        var again = job.run();

        assertThat(again.items()).isZero();
        assertThat(find(auto)).isEqualTo(settled);
        assertThat(find(manual).status()).isEqualTo(BetStatus.VOID);
        assertThat(find(manual).settledBy()).isEqualTo(SettledBy.MANUAL);
        assertThat(api.server().getRequestCount()).isEqualTo(1);
    }

    @Test
    void betsOnAMatchStillUnfinishedThreeDaysLaterStayPendingAndTheMatchIsFlagged() throws Exception {
        long bet = bet("m1", "soccer_epl", "Arsenal", "Chelsea", Outcome.HOME, "2.10", "10.00");
        clock.set(KICK_OFF.plus(Duration.ofDays(3)).plusSeconds(60));
        api.enqueue(ok(array(score("m1", "soccer_epl", KICK_OFF, false, "Arsenal", "0", "Chelsea", "0", KICK_OFF)), 470, 30, 2));

        var result = job.run();

        assertThat(api.server().takeRequest().getUrl().queryParameter("daysFrom")).isEqualTo("3");
        assertThat(find(bet).status()).isEqualTo(BetStatus.PENDING);
        assertThat(db.dsl().select(MATCHES.NEEDS_REVIEW).from(MATCHES).where(MATCHES.ID.eq("m1")).fetchSingle().value1()).isTrue();
        assertThat(result.summary()).contains("1 match(es) flagged for review");
    }

    @Test
    void waitsForTheSettleDelayAfterKickOff() {
        long bet = bet("m1", "soccer_epl", "Arsenal", "Chelsea", Outcome.HOME, "2.10", "10.00");
        clock.set(KICK_OFF.plus(Duration.ofHours(2)));

        job.run();

        assertThat(api.server().getRequestCount()).isZero();
        assertThat(find(bet).status()).isEqualTo(BetStatus.PENDING);
    }

    @Test
    void garbageScoreIsRejectedWithAClearMessageAndNothingChanges() {
        long bet = bet("m1", "soccer_epl", "Arsenal", "Chelsea", Outcome.HOME, "2.10", "10.00");
        api.enqueue(ok(array(epl("m1", "Arsenal", "two", "Chelsea", "1")), 470, 30, 2));

        assertThatThrownBy(job::run)
                .hasMessageContaining("event m1 (Arsenal v Chelsea): score 'two' for Arsenal is not a whole number");

        assertThat(find(bet).status()).isEqualTo(BetStatus.PENDING);
        assertThat(matches.find("m1").orElseThrow().completed()).isFalse();
    }

    @Test
    void daysFromReachesTheOldestKickOffWithinTheApiLimit() {
        Instant now = Instant.parse("2030-08-20T12:00:00Z");
        assertThat(SettleJob.daysFrom(now.minus(Duration.ofHours(5)), now)).isEqualTo(1);
        assertThat(SettleJob.daysFrom(now.minus(Duration.ofHours(30)), now)).isEqualTo(2);
        assertThat(SettleJob.daysFrom(now.minus(Duration.ofDays(9)), now)).isEqualTo(3);
    }
}
