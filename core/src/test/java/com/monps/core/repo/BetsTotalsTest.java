package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.repo.BetRepository.Settlement;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.monps.core.jooq.Tables.BETS_TOTALS;
import static org.assertj.core.api.Assertions.assertThat;

/** The running totals behind {@code bets_stats} (V60) always agree with a full scan of {@code bets}. */
class BetsTotalsTest {

    /** The V1 definition of bets_stats: what the running totals must reproduce. */
    private static final String FULL_SCAN = """
            SELECT count(*), count(*) FILTER (WHERE status = 'won'), count(*) FILTER (WHERE status = 'lost'),
                   count(*) FILTER (WHERE status = 'pending'), count(*) FILTER (WHERE status = 'void'),
                   coalesce(sum(stake), 0), coalesce(sum(stake) FILTER (WHERE status = 'pending'), 0), coalesce(sum(profit), 0),
                   CASE WHEN count(*) FILTER (WHERE status IN ('won', 'lost')) = 0 THEN NULL
                        ELSE round(100.0 * count(*) FILTER (WHERE status = 'won')
                                   / count(*) FILTER (WHERE status IN ('won', 'lost')), 2) END,
                   CASE WHEN coalesce(sum(stake) FILTER (WHERE status IN ('won', 'lost')), 0) = 0 THEN NULL
                        ELSE round(100.0 * sum(profit) FILTER (WHERE status IN ('won', 'lost'))
                                   / sum(stake) FILTER (WHERE status IN ('won', 'lost')), 2) END,
                   round(avg(clv_percent), 3), count(clv_percent)
            FROM bets""";

    @Test
    void statsEqualAFullScanThroughInsertsSettlementsCorrectionsClvUpdatesAndDeletes() {
        try (Database db = TestDatabase.fresh()) {
            BetRepository bets = new BetRepository(db.dsl());
            Random random = new Random(42);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                ids.add(bets.insert(Fixtures.bet("m" + i, Outcome.values()[i % 3], odds(random), stake(random))));
            }
            db.dsl().execute("INSERT INTO bets (match_id, home_team, away_team, sport, commence_time, outcome, odds, stake, bookmaker)"
                    + " SELECT 'bulk' || g, 'A', 'B', 'soccer_epl', now(), 'draw', 3.1, 2.5, 'pinnacle' FROM generate_series(1, 50) g");
            assertSameAsFullScan(db.dsl());

            for (long id : ids.subList(0, 90)) {
                settle(bets, id, random.nextInt(10) == 0 ? BetStatus.VOID : random.nextBoolean() ? BetStatus.WON : BetStatus.LOST,
                        SettledBy.AUTO);
            }
            assertSameAsFullScan(db.dsl());

            for (long id : ids.subList(0, 20)) {
                settle(bets, id, BetStatus.LOST, SettledBy.MANUAL);
            }
            db.dsl().execute("UPDATE bets SET closing_odds = odds * 1.05, clv_percent = (id % 17) * 1.237 - 9"
                    + " WHERE status <> 'pending' AND id % 3 <> 0");
            bets.updatePending(ids.get(100), new BigDecimal("2.200"), new BigDecimal("7.77"), "bet365", "corrected");
            assertSameAsFullScan(db.dsl());

            ids.subList(0, 120).stream().filter(id -> id % 4 == 0).forEach(bets::delete);
            db.dsl().execute("DELETE FROM bets WHERE match_id LIKE 'bulk%' AND id % 2 = 0");
            assertSameAsFullScan(db.dsl());
        }
    }

    @Test
    void updatesThatChangeNoFigureAddNoTotalsRow() {
        try (Database db = TestDatabase.fresh()) {
            BetRepository bets = new BetRepository(db.dsl());
            long id = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.00", "10.00"));
            long rowsBefore = db.dsl().fetchCount(BETS_TOTALS);

            db.dsl().execute("UPDATE bets SET notes = 'watch the line' WHERE id = " + id);

            assertThat(db.dsl().fetchCount(BETS_TOTALS)).isEqualTo(rowsBefore);
            assertSameAsFullScan(db.dsl());
        }
    }

    @Test
    void truncatingBetsEmptiesTheStatistics() {
        try (Database db = TestDatabase.fresh()) {
            new BetRepository(db.dsl()).insert(Fixtures.bet("m1", Outcome.HOME, "2.00", "10.00"));

            db.dsl().execute("TRUNCATE bets");

            assertThat(new StatsRepository(db.dsl()).betStats().totalBets()).isZero();
            assertSameAsFullScan(db.dsl());
        }
    }

    @Test
    void theAgentAndDesktopRolesKeepTheTotalsWithoutRightsOnThem() throws SQLException {
        try (Database db = TestDatabase.fresh(); Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("SET ROLE monps_agent_role");
            s.execute("INSERT INTO bets (match_id, home_team, away_team, sport, commence_time, outcome, odds, stake, bookmaker)"
                    + " VALUES ('m1', 'A', 'B', 'soccer_epl', now(), 'home', 2.0, 10, 'pinnacle')");
            s.execute(settleSql(1));
            s.execute("SET ROLE monps_desktop_role");
            s.execute("INSERT INTO bets (match_id, home_team, away_team, sport, commence_time, outcome, odds, stake, bookmaker)"
                    + " VALUES ('m2', 'A', 'B', 'soccer_epl', now(), 'away', 3.0, 5, 'pinnacle')");
            s.execute("DELETE FROM bets WHERE match_id = 'm1'");
            s.execute("RESET ROLE");

            assertThat(new StatsRepository(db.dsl()).betStats().pending()).isEqualTo(1);
            assertSameAsFullScan(db.dsl());
        }
    }

    @Test
    void theMigrationCountsTheBetsStoredBeforeIt() {
        DatabaseConfig config = TestDatabase.emptyDatabase();
        Flyway.configure().dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Database db = Database.connect(config)) {
            BetRepository bets = new BetRepository(db.dsl());
            long won = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.50", "10.00"));
            bets.insert(Fixtures.bet("m2", Outcome.AWAY, "3.00", "4.00"));
            db.dsl().execute(settleSql(won)); // SQL of the V1 schema: the repository reads columns added since

            db.migrate();

            assertThat(new StatsRepository(db.dsl()).betStats().totalBets()).isEqualTo(2);
            assertSameAsFullScan(db.dsl());
        }
    }

    @Test
    void aTransactionWritingBetsDoesNotMakeAnotherWriterWait() throws SQLException {
        try (Database db = TestDatabase.fresh()) {
            BetRepository bets = new BetRepository(db.dsl());
            long first = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.00", "10.00"));
            long second = bets.insert(Fixtures.bet("m2", Outcome.HOME, "2.00", "10.00"));
            try (Connection open = connect(db); Connection other = connect(db);
                 Statement inOpen = open.createStatement(); Statement inOther = other.createStatement()) {
                open.setAutoCommit(false);
                inOpen.execute(settleSql(first));
                inOther.execute("SET statement_timeout = '5s'");
                inOther.execute(settleSql(second));
                inOther.execute("UPDATE bets SET clv_percent = 1.5 WHERE id = " + second);
                open.commit();
            }
            assertThat(new StatsRepository(db.dsl()).betStats().wins()).isEqualTo(2);
            assertSameAsFullScan(db.dsl());
        }
    }

    private static void assertSameAsFullScan(DSLContext dsl) {
        Record expected = dsl.fetchSingle(FULL_SCAN);
        Record actual = dsl.fetchSingle("SELECT total_bets, wins, losses, pending, voids, total_staked, pending_stake,"
                + " total_profit, hit_rate, roi, avg_clv, clv_bets FROM bets_stats");
        for (int i = 0; i < expected.size(); i++) {
            Object want = expected.get(i);
            Object got = actual.get(i);
            if (want instanceof BigDecimal w && got instanceof BigDecimal g) {
                assertThat(g).as("column %d", i + 1).isEqualByComparingTo(w);
            } else {
                assertThat(got == null ? null : got.toString()).as("column %d", i + 1).isEqualTo(want == null ? null : want.toString());
            }
        }
    }

    private static void settle(BetRepository bets, long id, BetStatus status, SettledBy by) {
        var bet = bets.find(id).orElseThrow();
        BigDecimal payout = switch (status) {
            case WON -> bet.stake().multiply(bet.odds()).setScale(2, RoundingMode.HALF_UP);
            case VOID -> bet.stake();
            default -> BigDecimal.ZERO.setScale(2);
        };
        bets.settle(id, new Settlement(status, bet.outcome(), "1-0", payout, payout.subtract(bet.stake()), by, Instant.now()));
    }

    private static String settleSql(long id) {
        return "UPDATE bets SET status = 'won', result = 'home', payout = round(stake * odds, 2),"
                + " profit = round(stake * odds, 2) - stake, settled_by = 'auto', settled_at = now() WHERE id = " + id;
    }

    private static Connection connect(Database db) throws SQLException {
        return DriverManager.getConnection(db.config().url(), db.config().user(), db.config().password());
    }

    private static String odds(Random random) {
        return BigDecimal.valueOf(1100 + random.nextInt(8000), 3).toPlainString();
    }

    private static String stake(Random random) {
        return BigDecimal.valueOf(100 + random.nextInt(20000), 2).toPlainString();
    }
}
