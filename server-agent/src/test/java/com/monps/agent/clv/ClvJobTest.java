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
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.monps.core.jooq.Tables.BETS;
import static org.assertj.core.api.Assertions.assertThat;

class ClvJobTest {

    private static final Instant KICK_OFF = Instant.parse("2030-08-16T19:00:00Z");

    private final Database db = TestDatabase.fresh();
    private final MutableClock clock = new MutableClock(KICK_OFF.plus(Duration.ofHours(1)));
    private final ClvJob job = new ClvJob(db.dsl(), clock);
    private final BetRepository bets = new BetRepository(db.dsl());
    private final OddsRepository odds = new OddsRepository(db.dsl());

    @BeforeEach
    void match() {
        new MatchRepository(db.dsl()).upsert(List.of(Match.upcoming("m1", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void price(String bookmaker, Duration beforeKickOff, String home, String draw, String away) {
        odds.append(List.of(new OddsSnapshot("m1", bookmaker, new BigDecimal(home), draw == null ? null : new BigDecimal(draw),
                new BigDecimal(away), KICK_OFF.minus(beforeKickOff), null)));
    }

    private long bet(Outcome outcome, String taken, String bookmaker) {
        return bets.insert(NewBet.of("m1", "Arsenal", "Chelsea", "soccer_epl", "EPL", KICK_OFF, outcome,
                new BigDecimal(taken), new BigDecimal("10.00"), bookmaker));
    }

    private Bet find(long id) {
        return bets.find(id).orElseThrow();
    }

    @Test
    void closingOddsAreTheBetsBookmakersLastPriceBeforeKickOffAndIgnoreInPlayPrices() {
        price("unibet_eu", Duration.ofHours(6), "2.20", "3.40", "3.30");
        price("unibet_eu", Duration.ofMinutes(8), "2.00", "3.50", "3.80");
        price("unibet_eu", Duration.ofMinutes(-20), "1.30", "5.00", "9.00");
        price("pinnacle", Duration.ofMinutes(5), "2.05", "3.60", "3.90");
        long beat = bet(Outcome.HOME, "2.10", "unibet_eu");
        long behind = bet(Outcome.AWAY, "3.50", "unibet_eu");

        assertThat(job.run().items()).isEqualTo(2);

        assertThat(find(beat)).satisfies(b -> {
            assertThat(b.closingOdds()).isEqualByComparingTo("2.00");
            assertThat(b.clvPercent()).isEqualByComparingTo("5.000");
        });
        assertThat(find(behind)).satisfies(b -> {
            assertThat(b.closingOdds()).isEqualByComparingTo("3.80");
            assertThat(b.clvPercent()).isNegative();
        });
    }

    @Test
    void fairProbabilityComesFromTheDeViggedPinnacleLine() {
        price("pinnacle", Duration.ofMinutes(5), "2.05", "3.60", "3.90");
        price("unibet_eu", Duration.ofMinutes(5), "2.00", "3.50", "3.80");
        long id = bet(Outcome.HOME, "2.10", "unibet_eu");

        job.run();

        double overround = 1 / 2.05 + 1 / 3.60 + 1 / 3.90;
        double fair = (1 / 2.05) / overround;
        assertThat(find(id)).satisfies(b -> {
            assertThat(b.closingFairProb().doubleValue()).isCloseTo(fair, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(b.clvFairPct().doubleValue()).isCloseTo((2.10 * fair - 1) * 100, org.assertj.core.data.Offset.offset(1e-3));
        });
        assertThat(source(id)).isEqualTo("pinnacle");
    }

    @Test
    void withoutPinnacleTheFairProbabilityIsTheNormalisedConsensus() {
        price("unibet_eu", Duration.ofMinutes(5), "2.00", "3.50", "3.80");
        price("williamhill", Duration.ofMinutes(30), "1.90", "3.60", "4.00");
        price("williamhill", Duration.ofHours(5), "2.40", "3.20", "3.00");
        long id = bet(Outcome.DRAW, "3.90", "unibet_eu");

        job.run();

        double home = (1 / 2.00 + 1 / 1.90) / 2;
        double draw = (1 / 3.50 + 1 / 3.60) / 2;
        double away = (1 / 3.80 + 1 / 4.00) / 2;
        double fair = draw / (home + draw + away);
        assertThat(find(id).closingFairProb().doubleValue()).isCloseTo(fair, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(find(id).clvFairPct()).isPositive();
        assertThat(source(id)).isEqualTo("consensus");
    }

    @Test
    void aBookmakerNeverCollectedFallsBackToPinnaclesClosingPrice() {
        price("pinnacle", Duration.ofMinutes(5), "2.05", "3.60", "3.90");
        long id = bet(Outcome.HOME, "1.95", "local_bookie");

        job.run();

        assertThat(find(id).closingOdds()).isEqualByComparingTo("2.05");
        assertThat(find(id).clvPercent()).isNegative();
    }

    @Test
    void betsOnMatchesNotStartedAreLeftAlone() {
        price("pinnacle", Duration.ofMinutes(5), "2.05", "3.60", "3.90");
        long id = bet(Outcome.HOME, "2.10", "pinnacle");
        clock.set(KICK_OFF.minusSeconds(60));

        assertThat(job.run().items()).isZero();
        assertThat(find(id).closingOdds()).isNull();
    }

    @Test
    void rerunChangesNothing() {
        price("pinnacle", Duration.ofMinutes(5), "2.05", "3.60", "3.90");
        long id = bet(Outcome.HOME, "2.10", "pinnacle");
        job.run();
        Bet first = find(id);

        assertThat(job.run().items()).isZero();
        assertThat(find(id)).isEqualTo(first);
    }

    private String source(long id) {
        return db.dsl().select(BETS.CLOSING_SOURCE).from(BETS).where(BETS.ID.eq(id)).fetchSingle().value1();
    }
}
