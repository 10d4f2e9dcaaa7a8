package com.monps.core.db;

import com.monps.core.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@Tag("engine") // also run on each TimescaleDB version by CI (profile "timescaledb")
class MigrationsTest {

    @Test
    void migrationsCreateTheSchemaOnAnEmptyDatabaseAndRerunningThemIsANoOp() {
        try (Database db = Database.connect(TestDatabase.emptyDatabase())) {
            assertThat(db.migrate().migrationsExecuted).isPositive();
            assertThat(db.migrate().migrationsExecuted).isZero();
            assertThat(tables(db)).contains("matches", "bets", "odds_h2h", "opportunities", "api_requests", "job_runs");
        }
    }

    /**
     * A deployed database sits at any earlier version, with rows: from each, the remaining migrations apply and the rows
     * stored before them are where the latest schema expects them.
     */
    @Test
    void migrationsApplyFromEachEarlierSchemaVersionWithRowsInIt() {
        List<String> versions = versions();
        assertThat(versions).hasSizeGreaterThan(1);
        for (String earlier : versions.subList(0, versions.size() - 1)) {
            DatabaseConfig config = TestDatabase.emptyDatabase();
            flyway(config).target(earlier).load().migrate();
            try (Database db = Database.connect(config)) {
                db.dsl().execute("""
                        INSERT INTO matches (id, sport_key, league, commence_time, home_team, away_team)
                        VALUES ('m1', 'soccer_epl', 'EPL', '2024-08-17 14:00+00', 'Arsenal', 'Wolves')""");
                db.dsl().execute("""
                        INSERT INTO odds_h2h (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at)
                        VALUES ('m1', 'pinnacle', 1.90, 3.60, 4.20, '2024-08-17 13:50+00'),
                               ('m1', 'pinnacle', 1.40, 4.50, 8.00, '2024-08-17 14:20+00')""");

                db.migrate();

                assertThat(flyway(config).load().info().current().getVersion().getVersion())
                        .as("from V" + earlier).isEqualTo(versions.getLast());
                assertThat(db.dsl().fetchOne("SELECT home_odds::text FROM odds_latest WHERE match_id = 'm1'").get(0, String.class))
                        .as("from V" + earlier + ": the last price before kick-off").isEqualTo("1.900");
            }
        }
    }

    /** On TimescaleDB, the pinned version is the one the migrations used, and odds_h2h is a hypertable. */
    @Test
    void theEngineLineNamesWhatTheMigrationsRanOn() {
        try (Database db = TestDatabase.fresh()) {
            DatabaseEngine engine = db.engine();
            String expected = TestDatabase.timescaleVersion()
                    .map(version -> "TimescaleDB " + version + ", odds_h2h hypertable")
                    .orElse("plain PostgreSQL (odds_h2h a plain table)");
            assertThat(engine.describe()).matches("database: PostgreSQL \\d+\\.\\d+, .*").contains(expected);
            assertThat(engine.hypertable()).isEqualTo(TestDatabase.timescaleVersion().isPresent());
        }
    }

    /** CI starts Debian's PostgreSQL 15 and names it in MONPS_SYSTEM_PG_URL: the same migrations must apply there. */
    @Test
    void migrationsApplyToTheSystemPostgresqlWhenOneIsNamed() {
        String url = System.getenv("MONPS_SYSTEM_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "MONPS_SYSTEM_PG_URL not set");
        var config = new DatabaseConfig(url, System.getenv("MONPS_SYSTEM_PG_USER"), System.getenv("MONPS_SYSTEM_PG_PASSWORD"));
        // wiped on connections of their own: a session that dropped TimescaleDB keeps its stale catalog caches
        try (Database wipe = Database.connect(config)) {
            wipe.dsl().execute("DROP EXTENSION IF EXISTS timescaledb CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
        TestDatabase.pinTimescaleVersion(config);
        try (Database db = Database.connect(config)) {
            assertThat(db.migrate().migrationsExecuted).isPositive();
            assertThat(db.migrate().migrationsExecuted).isZero();
            assertThat(db.dsl().fetchOne("SHOW server_version_num").get(0, String.class)).startsWith("15");
        }
    }

    private static List<String> versions() {
        MigrationInfo[] all = flyway(TestDatabase.emptyDatabase()).load().info().all();
        return Arrays.stream(all).map(info -> info.getVersion().getVersion()).toList();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DatabaseConfig config) {
        return Flyway.configure().dataSource(config.url(), config.user(), config.password()).locations("classpath:db/migration");
    }

    private static java.util.List<String> tables(Database db) {
        return db.dsl().fetch("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .getValues(0, String.class);
    }
}
