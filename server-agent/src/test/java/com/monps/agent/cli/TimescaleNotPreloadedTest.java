package com.monps.agent.cli;

import com.monps.agent.AgentContext;
import com.monps.agent.AgentMain;
import com.monps.agent.config.AgentConfig;
import com.monps.agent.scheduler.SchedulerSettings;
import com.monps.agent.testing.LogCapture;
import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import com.monps.core.db.TimescaleNotPreloadedException;
import com.monps.core.testing.NamedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A server with TimescaleDB installed but not in shared_preload_libraries (CI starts one and names it in
 * MONPS_TSDB_NOPRELOAD_URL): {@code migrate}, {@code status} and {@code run} refuse with the one line that names
 * shared_preload_libraries, never "An I/O error occurred", and leave the database untouched.
 */
class TimescaleNotPreloadedTest {

    private static final String DATABASE = "monps_nopreload_" + ProcessHandle.current().pid();

    private NamedServer server;
    private DatabaseConfig database;

    @BeforeEach
    void createDatabase() {
        server = NamedServer.fromEnvironment("MONPS_TSDB_NOPRELOAD").orElse(null);
        assumeTrue(server != null, "MONPS_TSDB_NOPRELOAD_URL not set: no server with TimescaleDB installed but not preloaded");
        database = server.recreate(DATABASE);
    }

    @AfterEach
    void dropDatabase() {
        if (server != null) {
            server.drop(DATABASE);
        }
    }

    @Test
    void migrateAndStatusPrintTheFixInOneLineAndExitNonZero() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AgentMain.commandLine(this::config);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int migrate = cli.execute("migrate");
        String migrateErr = err.toString();
        int status = cli.execute("status");

        assertThat(migrate).isEqualTo(1);
        assertThat(migrateErr.lines()).singleElement().asString()
                .startsWith("error: TimescaleDB is installed on this PostgreSQL server but not preloaded")
                .contains("add shared_preload_libraries = 'timescaledb' to postgresql.conf and restart PostgreSQL",
                        "uninstall the TimescaleDB package to use plain PostgreSQL")
                .doesNotContain("I/O error");
        assertThat(status).isEqualTo(1);
        assertThat(out.toString().lines()).singleElement().asString()
                .matches("database: PostgreSQL 15\\.\\d+, TimescaleDB installed but not preloaded \\(add "
                        + "shared_preload_libraries = 'timescaledb' to postgresql.conf and restart\\): migrations refused");
        try (Database db = Database.connect(database)) {
            assertThat(db.dsl().fetchOne("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").get(0, Long.class))
                    .as("nothing half-migrated").isZero();
            assertThat(db.dsl().fetchOne("SELECT count(*) FROM pg_extension WHERE extname = 'timescaledb'").get(0, Long.class))
                    .isZero();
        }
    }

    @Test
    void theDaemonLogsTheRefusalNamingSharedPreloadLibraries() {
        try (LogCapture capture = new LogCapture(); AgentContext context = new AgentContext(config())) {
            assertThatThrownBy(() -> AgentDaemon.start(context, SchedulerSettings.defaults()))
                    .isInstanceOf(TimescaleNotPreloadedException.class);

            assertThat(capture.logs()).contains("ERROR", "monps-agent cannot start: TimescaleDB is installed on this "
                    + "PostgreSQL server but not preloaded", "add shared_preload_libraries = 'timescaledb' to postgresql.conf");
        }
    }

    private AgentConfig config() {
        Map<String, String> env = new HashMap<>(DaemonConfigs.environment(DaemonConfigs.TOKEN));
        env.put("MONPS_DB_URL", database.url());
        env.put("MONPS_DB_USER", database.user());
        env.put("MONPS_DB_PASSWORD", database.password());
        return AgentConfig.from(env);
    }
}
