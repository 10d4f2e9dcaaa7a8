package com.monps.core.db;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup procedure of the README, end to end: {@code deploy/backup/monps-backup.sh} dumps a filled database,
 * {@code monps-restore.sh} restores the archive into an empty database, and every table comes back identical.
 * <p>
 * pg_dump refuses servers newer than itself and the embedded PostgreSQL 17 ships no pg_dump, so this runs against the
 * system PostgreSQL named by {@code MONPS_SYSTEM_PG_URL} (CI starts Debian's 15 with its own pg_dump 15; with TimescaleDB
 * built, a cluster per TimescaleDB version, where the restore must recreate the source's extension version first).
 */
@Tag("engine") // also run on each TimescaleDB version by CI (profile "timescaledb")
class BackupRestoreTest {

    private static final Path SCRIPTS = Path.of("..", "deploy", "backup").toAbsolutePath().normalize();
    private static final String SUFFIX = Long.toString(ProcessHandle.current().pid());
    private static final String SOURCE = "monps_bk_src_" + SUFFIX;
    private static final String TARGET = "monps_bk_dst_" + SUFFIX;
    private static final List<String> TABLES = List.of("matches", "bets", "odds_h2h", "opportunities", "api_requests",
            "job_runs", "flyway_schema_history");

    @TempDir
    Path work;

    private Path backups;
    private DatabaseConfig server;

    @BeforeEach
    void createDatabases() {
        String url = System.getenv("MONPS_SYSTEM_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "MONPS_SYSTEM_PG_URL not set: no server whose pg_dump version matches");
        server = new DatabaseConfig(url, System.getenv("MONPS_SYSTEM_PG_USER"), System.getenv("MONPS_SYSTEM_PG_PASSWORD"), 1);
        backups = work.resolve("archives");
        dropDatabases();
        onServer("CREATE DATABASE " + SOURCE);
        onServer("CREATE DATABASE " + TARGET);
    }

    @AfterEach
    void dropDatabases() {
        if (server != null) {
            onServer("DROP DATABASE IF EXISTS " + SOURCE + " WITH (FORCE)");
            onServer("DROP DATABASE IF EXISTS " + TARGET + " WITH (FORCE)");
        }
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryRow() throws Exception {
        com.monps.core.testing.TestDatabase.pinTimescaleVersion(on(SOURCE));
        String timescaleSuffix;
        try (Database source = Database.connect(on(SOURCE))) {
            source.migrate();
            fill(source);
            timescaleSuffix = source.engine().timescaleVersion().map(version -> "-timescaledb-" + version).orElse("");
        }

        Path archive = Path.of(run("monps-backup.sh").strip());
        assertThat(archive).exists().hasParent(backups);
        assertThat(archive.getFileName().toString()).as("a restore needs the TimescaleDB version")
                .matches("monps-" + SOURCE + "-\\d{8}T\\d{6}Z" + timescaleSuffix.replace(".", "\\.") + "\\.dump");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive))).isEqualTo("rw-------");
        run("monps-restore.sh", archive.toString(), TARGET);

        try (Database source = Database.connect(on(SOURCE)); Database target = Database.connect(on(TARGET))) {
            for (String table : TABLES) {
                assertThat(fingerprint(target, table)).as(table).isEqualTo(fingerprint(source, table));
            }
            assertThat(target.dsl().fetchOne("SELECT count(*), sum(stake), sum(profit) FROM bets").intoArray())
                    .containsExactly(3L, new java.math.BigDecimal("45.00"), new java.math.BigDecimal("-1.00"));
            assertThat(target.dsl().fetchValue("SELECT count(*) FROM odds_h2h")).isEqualTo(500L);
            long nextId = target.dsl().fetchOne("""
                    INSERT INTO bets (match_id, home_team, away_team, sport, commence_time, outcome, odds, stake, bookmaker)
                    VALUES ('m2', 'Chelsea', 'Everton', 'soccer_epl', now(), 'away', 4.2, 5, 'pinnacle') RETURNING id""")
                    .get(0, Long.class);
            assertThat(nextId).as("identity sequences restored").isGreaterThan(3);
        }
    }

    @Test
    void archivesOlderThanTheRetentionAreDeletedAndNewerOnesKept() throws Exception {
        try (Database source = Database.connect(on(SOURCE))) {
            source.migrate();
        }
        Files.createDirectories(backups);
        Path old = Files.writeString(backups.resolve("monps-" + SOURCE + "-20200101T000000Z.dump"), "old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(20))));
        Path recent = Files.writeString(backups.resolve("monps-" + SOURCE + "-20200102T000000Z.dump"), "recent");
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofDays(3))));

        Path archive = Path.of(run("monps-backup.sh").strip());

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(archive).exists();
    }

    @Test
    void restoreRefusesADatabaseThatAlreadyHasTables() throws Exception {
        try (Database source = Database.connect(on(SOURCE))) {
            source.migrate();
        }
        Path archive = Path.of(run("monps-backup.sh").strip());

        Result refused = script("monps-restore.sh", archive.toString(), SOURCE);

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.stderr()).contains("restore only into an empty database");
    }

    private static void fill(Database db) {
        db.dsl().execute("""
                INSERT INTO matches (id, sport_key, league, commence_time, home_team, away_team, completed, home_score, away_score)
                VALUES ('m1', 'soccer_epl', 'EPL', '2024-08-17 14:00+00', 'Arsenal', 'Wolves', true, 2, 0),
                       ('m2', 'soccer_epl', 'EPL', '2024-08-18 15:30+00', 'Chelsea', 'Everton', false, NULL, NULL)""");
        db.dsl().execute("""
                INSERT INTO odds_h2h (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at)
                SELECT 'm' || (i % 2 + 1), 'book' || (i % 5), 1.5 + (i % 40) / 20.0, 3.4, 4.0 + (i % 7) / 10.0,
                       timestamptz '2024-08-10 00:00+00' + i * interval '10 minutes'
                FROM generate_series(1, 500) AS i""");
        db.dsl().execute("""
                INSERT INTO bets (match_id, home_team, away_team, sport, commence_time, outcome, odds, stake, bookmaker,
                                  status, result, payout, profit, settled_by, settled_at, closing_odds, clv_percent)
                VALUES ('m1', 'Arsenal', 'Wolves', 'soccer_epl', '2024-08-17 14:00+00', 'home', 1.90, 10, 'pinnacle',
                        'won', 'home', 19.00, 9.00, 'auto', '2024-08-17 17:00+00', 1.80, 5.556),
                       ('m1', 'Arsenal', 'Wolves', 'soccer_epl', '2024-08-17 14:00+00', 'away', 6.00, 10, 'bet365',
                        'lost', 'home', 0, -10.00, 'auto', '2024-08-17 17:00+00', 6.50, -7.692)""");
        db.dsl().execute("""
                INSERT INTO bets (match_id, home_team, away_team, sport, commence_time, outcome, odds, stake, bookmaker)
                VALUES ('m2', 'Chelsea', 'Everton', 'soccer_epl', '2024-08-18 15:30+00', 'draw', 3.60, 25, 'unibet')""");
        db.dsl().execute("""
                INSERT INTO opportunities (match_id, outcome, bookmaker, odds, edge_value, confidence_score, agent_name, details)
                VALUES ('m2', 'draw', 'unibet', 3.60, 0.042, 0.7, 'value', '{"fair": 0.289}')""");
        db.dsl().execute("INSERT INTO api_requests (endpoint, http_status, requests_remaining) VALUES ('/v4/sports/soccer_epl/odds', 200, 470)");
        db.dsl().execute("INSERT INTO job_runs (job, status, items) VALUES ('collect', 'success', 500)");
    }

    /** Row count and a digest of every row in a stable order: equal fingerprints mean equal contents. */
    private static String fingerprint(Database db, String table) {
        return db.dsl().fetchOne("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                + table + " t").get(0, String.class);
    }

    private String run(String script, String... args) throws IOException, InterruptedException {
        Result result = script(script, args);
        assertThat(result.exitCode()).as(script + " " + String.join(" ", args) + " failed: " + result.stderr()).isZero();
        return result.stdout();
    }

    private Result script(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        URI uri = URI.create(server.url().substring("jdbc:".length()));
        env.put("PGHOST", uri.getHost());
        env.put("PGPORT", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()));
        env.put("PGUSER", server.user());
        env.put("PGPASSWORD", server.password());
        env.put("PGDATABASE", SOURCE);
        env.put("MONPS_BACKUP_DIR", backups.toString());
        env.put("MONPS_BACKUP_RETENTION_DAYS", "14");
        Path stdout = Files.createTempFile(work, "out", ".txt");
        Path stderr = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(script + " finished").isTrue();
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private DatabaseConfig on(String database) {
        String url = server.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return new DatabaseConfig(url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query)),
                server.user(), server.password(), 2);
    }

    private void onServer(String statement) {
        try (Database db = Database.connect(server)) {
            db.dsl().execute(statement);
        }
    }
}
