package com.monps.core.db;

import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MigrationsTest {

    @Test
    void migrationsCreateTheSchemaOnAnEmptyDatabaseAndRerunningThemIsANoOp() {
        try (Database db = Database.connect(TestDatabase.emptyDatabase())) {
            assertThat(db.migrate().migrationsExecuted).isPositive();
            assertThat(db.migrate().migrationsExecuted).isZero();
            assertThat(tables(db)).contains("matches", "bets", "odds_h2h", "opportunities", "api_requests", "job_runs");
        }
    }

    /** CI starts Debian's PostgreSQL 15 and names it in MONPS_SYSTEM_PG_URL: the same migrations must apply there. */
    @Test
    void migrationsApplyToTheSystemPostgresqlWhenOneIsNamed() {
        String url = System.getenv("MONPS_SYSTEM_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "MONPS_SYSTEM_PG_URL not set");
        var config = new DatabaseConfig(url, System.getenv("MONPS_SYSTEM_PG_USER"), System.getenv("MONPS_SYSTEM_PG_PASSWORD"));
        try (Database db = Database.connect(config)) {
            db.dsl().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            assertThat(db.migrate().migrationsExecuted).isPositive();
            assertThat(db.migrate().migrationsExecuted).isZero();
            assertThat(db.dsl().fetchOne("SHOW server_version_num").get(0, String.class)).startsWith("15");
        }
    }

    private static java.util.List<String> tables(Database db) {
        return db.dsl().fetch("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .getValues(0, String.class);
    }
}
