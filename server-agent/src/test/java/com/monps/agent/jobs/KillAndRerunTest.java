package com.monps.agent.jobs;

import com.monps.agent.collect.CollectJob;
import com.monps.core.db.ConnectionRetry;
import com.monps.agent.settle.SettleJob;
import com.monps.agent.testing.MutableClock;
import com.monps.agent.testing.StandInApi;
import com.monps.core.db.Database;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static com.monps.agent.testing.Payloads.array;
import static com.monps.agent.testing.Payloads.bookmaker;
import static com.monps.agent.testing.Payloads.bookmakerWithMarkets;
import static com.monps.agent.testing.Payloads.event;
import static com.monps.agent.testing.Payloads.market;
import static com.monps.agent.testing.Payloads.spreads;
import static com.monps.agent.testing.Payloads.totals;
import static com.monps.agent.testing.StandInApi.ok;
import static com.monps.core.jooq.Tables.BETS;
import static com.monps.core.jooq.Tables.JOB_RUNS;
import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.ODDS_H2H;
import static com.monps.core.jooq.Tables.ODDS_LINES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A job whose database connection is killed in the middle of its transaction (pg_terminate_backend from another
 * connection while the job waits on a lock this test holds): settlement fails and is run again, collection retries its
 * paid batch on a new connection. Either way nothing is half-written, nothing settled twice, no row lost or duplicated.
 */
@Tag("engine") // also run on each TimescaleDB version by CI (profile "timescaledb")
class KillAndRerunTest {

    private static final Instant KICK_OFF = Instant.parse("2030-08-16T19:00:00Z");
    private static final int BETS_COUNT = 60;

    private final Database db = TestDatabase.fresh();
    private final StandInApi api = new StandInApi();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final JobRunner runner = new JobRunner(db.dsl(), meters);

    @AfterEach
    void close() {
        api.close();
        db.close();
    }

    @Test
    void settlementKilledMidTransactionSettlesEveryBetExactlyOnceWhenRerun() throws Exception {
        new MatchRepository(db.dsl()).upsert(List.of(Match.upcoming("m1", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea")
                .withScore(2, 1, true, KICK_OFF.plusSeconds(7000))));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < BETS_COUNT; i++) {
            ids.add(new BetRepository(db.dsl()).insert(NewBet.of("m1", "Arsenal", "Chelsea", "soccer_epl", "EPL", KICK_OFF,
                    i % 2 == 0 ? Outcome.HOME : Outcome.AWAY, new BigDecimal("2.50"), new BigDecimal("10.00"), "pinnacle")));
        }
        SettleJob job = new SettleJob(api.client(db.dsl(), meters), db.dsl(), new MutableClock(KICK_OFF.plus(Duration.ofHours(5))),
                Duration.ofHours(3));

        killWhileBlocked(job, "SELECT 1 FROM bets WHERE id = " + ids.getLast() + " FOR UPDATE", "update \"public\".\"bets\"");

        assertThat(db.dsl().fetchCount(BETS, BETS.STATUS.eq("pending"))).isEqualTo(BETS_COUNT);
        runner.run(job);
        runner.run(job);
        assertThat(db.dsl().fetchCount(BETS, BETS.STATUS.eq("won"))).isEqualTo(BETS_COUNT / 2);
        assertThat(db.dsl().fetchCount(BETS, BETS.STATUS.eq("lost"))).isEqualTo(BETS_COUNT / 2);
        assertThat(db.dsl().select(org.jooq.impl.DSL.sum(BETS.PROFIT)).from(BETS).fetchSingle().value1())
                .isEqualByComparingTo(new BigDecimal("15.00").multiply(BigDecimal.valueOf(BETS_COUNT / 2))
                        .subtract(new BigDecimal("10.00").multiply(BigDecimal.valueOf(BETS_COUNT / 2))));
        assertThat(db.dsl().select(JOB_RUNS.STATUS).from(JOB_RUNS).orderBy(JOB_RUNS.ID).fetch(JOB_RUNS.STATUS))
                .containsExactly("failed", "success", "success");
    }

    @Test
    void collectionKilledDuringItsCopyRetriesOnANewConnectionAndStoresTheBatchOnce() throws Exception {
        String round = array(
                event("e1", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea",
                        bookmaker("pinnacle", KICK_OFF.minusSeconds(90_000), "Arsenal", "2.05", "Chelsea", "3.9", "3.6"),
                        bookmaker("unibet_eu", KICK_OFF.minusSeconds(90_000), "Arsenal", "2.00", "Chelsea", "3.8", "3.5")),
                event("e2", "soccer_epl", "EPL", KICK_OFF, "Everton", "Fulham",
                        bookmaker("pinnacle", KICK_OFF.minusSeconds(90_000), "Everton", "2.40", "Fulham", "3.1", "3.3")));
        MutableClock clock = new MutableClock(KICK_OFF.minus(Duration.ofDays(1)));
        ConnectionRetry quick = new ConnectionRetry(Duration.ofMillis(50), Duration.ofMillis(200), 5);
        CollectJob job = new CollectJob(api.client(db.dsl(), meters), db.dsl(), meters, clock, List.of("soccer_epl"), quick);
        api.enqueue(ok(round, 480, 20, 1));

        JobResult result;
        try (Connection blocker = db.openDedicatedConnection()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("LOCK TABLE odds_h2h IN SHARE MODE");
            }
            CompletableFuture<JobResult> run = runAsync(job);
            int killed = await().atMost(Duration.ofSeconds(20)).until(() -> blockedBackend("copy odds_h2h"), p -> p > 0);
            db.dsl().fetch("SELECT pg_terminate_backend(?)", killed);
            // the killed transaction rolled back; the retry's own COPY now waits on the same lock, on another backend
            await().atMost(Duration.ofSeconds(20)).until(() -> blockedBackend("copy odds_h2h"), p -> p > 0 && p != killed);
            assertThat(db.dsl().fetchCount(MATCHES)).as("nothing half-written").isZero();
            blocker.rollback();
            result = run.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        assertThat(result.summary()).startsWith("stored 3 prices for 2 matches");
        assertThat(db.dsl().fetchCount(MATCHES)).isEqualTo(2);
        assertThat(db.dsl().fetchCount(ODDS_H2H)).isEqualTo(3);
        assertThat(db.dsl().selectDistinct(ODDS_H2H.COLLECTED_AT).from(ODDS_H2H).fetch()).hasSize(1);
        assertThat(api.server().getRequestCount()).as("the paid answer is written, not fetched again").isEqualTo(1);
        assertThat(db.dsl().select(JOB_RUNS.STATUS).from(JOB_RUNS).fetch(JOB_RUNS.STATUS)).containsExactly("success");
    }

    @Test
    void lineBetSettlementKilledMidTransactionSettlesEachBetOnceByItsHalvesWhenRerun() throws Exception {
        new MatchRepository(db.dsl()).upsert(List.of(Match.upcoming("m1", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea")
                .withScore(1, 1, true, KICK_OFF.plusSeconds(7000))));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < BETS_COUNT; i++) {
            // 1-1: home -0.25 loses half (-5.00), over 2.25 pushes half and loses half (-5.00), away +0.25 wins half (+4.75)
            ids.add(new BetRepository(db.dsl()).insert(NewBet.of("m1", "Arsenal", "Chelsea", "soccer_epl", "EPL", KICK_OFF,
                    i % 2 == 0 ? Outcome.HOME : Outcome.AWAY, new BigDecimal("1.95"), new BigDecimal("10.00"), "pinnacle",
                    Market.SPREADS, new BigDecimal(i % 2 == 0 ? "-0.25" : "0.25"))));
        }
        SettleJob job = new SettleJob(api.client(db.dsl(), meters), db.dsl(), new MutableClock(KICK_OFF.plus(Duration.ofHours(5))),
                Duration.ofHours(3));

        killWhileBlocked(job, "SELECT 1 FROM bets WHERE id = " + ids.getLast() + " FOR UPDATE", "update \"public\".\"bets\"");

        assertThat(db.dsl().fetchCount(BETS, BETS.STATUS.eq("pending"))).isEqualTo(BETS_COUNT);
        runner.run(job);
        runner.run(job);
        assertThat(db.dsl().fetchCount(BETS, BETS.STATUS.eq("half_lost"))).isEqualTo(BETS_COUNT / 2);
        assertThat(db.dsl().fetchCount(BETS, BETS.STATUS.eq("half_won"))).isEqualTo(BETS_COUNT / 2);
        assertThat(db.dsl().select(org.jooq.impl.DSL.sum(BETS.PROFIT)).from(BETS).fetchSingle().value1())
                .isEqualByComparingTo(new BigDecimal("-0.25").multiply(BigDecimal.valueOf(BETS_COUNT / 2)));
    }

    @Test
    void collectionOfLineMarketsKilledDuringTheLinesCopyStoresTheWholeBatchOnceOnRetry() throws Exception {
        Instant at = KICK_OFF.minusSeconds(90_000);
        String round = array(event("e1", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Chelsea",
                bookmakerWithMarkets("pinnacle", at, market("h2h", at, "Arsenal", "2.05", "Chelsea", "3.9", "3.6"),
                        totals(at, "2.5", "1.90", "1.95", "2.75", "2.20", "1.70"),
                        spreads(at, "Arsenal", "-0.25", "1.95", "Chelsea", "1.95"))));
        MutableClock clock = new MutableClock(KICK_OFF.minus(Duration.ofDays(1)));
        ConnectionRetry quick = new ConnectionRetry(Duration.ofMillis(50), Duration.ofMillis(200), 5);
        CollectJob job = new CollectJob(api.client(db.dsl(), meters, List.of(Market.H2H, Market.TOTALS, Market.SPREADS)),
                db.dsl(), meters, clock, List.of("soccer_epl"), quick);
        api.enqueue(ok(round, 480, 20, 3));

        JobResult result;
        try (Connection blocker = db.openDedicatedConnection()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("LOCK TABLE odds_lines IN SHARE MODE");
            }
            CompletableFuture<JobResult> run = runAsync(job);
            int killed = await().atMost(Duration.ofSeconds(20)).until(() -> blockedBackend("copy odds_lines"), p -> p > 0);
            db.dsl().fetch("SELECT pg_terminate_backend(?)", killed);
            await().atMost(Duration.ofSeconds(20)).until(() -> blockedBackend("copy odds_lines"), p -> p > 0 && p != killed);
            assertThat(db.dsl().fetchCount(ODDS_H2H)).as("the h2h prices of the killed transaction rolled back").isZero();
            blocker.rollback();
            result = run.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        assertThat(result.summary()).startsWith("stored 1 prices and 3 line prices for 1 matches");
        assertThat(db.dsl().fetchCount(ODDS_H2H)).isEqualTo(1);
        assertThat(db.dsl().fetchCount(ODDS_LINES)).isEqualTo(3);
        assertThat(api.server().getRequestCount()).isEqualTo(1);
    }

    private CompletableFuture<JobResult> runAsync(Job job) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run(job);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Holds a lock with {@code lockSql}, runs the job until its backend waits on that lock inside its transaction
     * (running {@code queryPrefix}), terminates that backend, releases the lock and checks the run failed.
     */
    private void killWhileBlocked(Job job, String lockSql, String queryPrefix) throws Exception {
        try (Connection blocker = db.openDedicatedConnection()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute(lockSql);
            }
            CompletableFuture<JobResult> run = runAsync(job);
            int pid = await().atMost(Duration.ofSeconds(20)).until(() -> blockedBackend(queryPrefix), p -> p > 0);
            db.dsl().fetch("SELECT pg_terminate_backend(?)", pid);
            assertThatThrownBy(run::get).isInstanceOf(ExecutionException.class);
            blocker.rollback();
        }
    }

    private int blockedBackend(String queryPrefix) throws SQLException {
        return db.dsl().fetchOptional("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND wait_event_type = 'Lock' AND lower(query) LIKE ?", queryPrefix + "%")
                .map(r -> r.get(0, Integer.class)).orElse(0);
    }
}
