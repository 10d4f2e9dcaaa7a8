package com.monps.core.testing;

import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import com.monps.embedded.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated databases on a real PostgreSQL for tests.
 * <p>
 * The server is the one named by {@code MONPS_TEST_DB_URL} (a JDBC URL to a maintenance database such as
 * {@code postgres}, with {@code MONPS_TEST_DB_USER} / {@code MONPS_TEST_DB_PASSWORD}, a role allowed to create databases),
 * or else an embedded PostgreSQL started once per JVM. The migrations run once into a template database; each
 * {@link #fresh()} is a cheap {@code CREATE DATABASE ... TEMPLATE} copy of it, so tests never see each other's rows.
 * <p>
 * Where several TimescaleDB versions are installed side by side, V1's {@code CREATE EXTENSION IF NOT EXISTS} would
 * take the newest; {@code MONPS_TEST_TIMESCALEDB_VERSION} (set by the "engine" test runs of CI) names the version each
 * new database gets before it is migrated.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN_ID = Long.toString(ProcessHandle.current().pid());
    private static final String TEMPLATE = "monps_tpl_" + RUN_ID;

    private static DatabaseConfig server;

    private TestDatabase() {
    }

    /** A new database with the whole schema migrated and no rows. Close it when the test is done. */
    public static Database fresh() {
        String name = "monps_t_" + RUN_ID + "_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template());
        return Database.connect(on(name));
    }

    /** A new empty database, not migrated (but with the pinned TimescaleDB version, if any): for migration tests. */
    public static DatabaseConfig emptyDatabase() {
        String name = "monps_e_" + RUN_ID + "_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name);
        DatabaseConfig database = on(name);
        pinTimescaleVersion(database);
        return database;
    }

    /** The TimescaleDB version the test databases get, when this run pins one. */
    public static Optional<String> timescaleVersion() {
        String version = System.getenv("MONPS_TEST_TIMESCALEDB_VERSION");
        return version == null || version.isBlank() ? Optional.empty() : Optional.of(version.strip());
    }

    /** Creates the pinned TimescaleDB version in {@code database} (not yet migrated), so that V1 keeps it. */
    public static void pinTimescaleVersion(DatabaseConfig database) {
        timescaleVersion().ifPresent(version -> {
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS timescaledb VERSION '" + version + "'");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create TimescaleDB " + version + " in " + database.url()
                        + ": " + e.getMessage(), e);
            }
        });
    }

    /** Superuser access to the server that hosts the test databases, for role tests. */
    public static DatabaseConfig serverConfig() {
        return server();
    }

    private static synchronized String template() {
        DatabaseConfig serverConfig = server();
        if (!exists(TEMPLATE)) {
            execute("CREATE DATABASE " + TEMPLATE);
            pinTimescaleVersion(on(TEMPLATE, serverConfig));
            try (Database db = Database.connect(on(TEMPLATE, serverConfig))) {
                db.migrate();
            }
            // TimescaleDB's scheduler connects to every database with the extension, and a copy needs its template
            // unused: closed to connections, the template gets no scheduler again once the current one is ended.
            execute("ALTER DATABASE " + TEMPLATE + " WITH ALLOW_CONNECTIONS false");
            execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + TEMPLATE + "'");
        }
        return TEMPLATE;
    }

    private static synchronized DatabaseConfig server() {
        if (server == null) {
            String url = System.getenv("MONPS_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                server = new DatabaseConfig(url, System.getenv("MONPS_TEST_DB_USER"), System.getenv("MONPS_TEST_DB_PASSWORD"), 2);
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropOwnDatabases));
            } else {
                EmbeddedDatabase embedded = EmbeddedDatabase.startTemporary();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
                server = new DatabaseConfig(embedded.jdbcUrl(), EmbeddedDatabase.USER, "");
            }
        }
        return server;
    }

    private static DatabaseConfig on(String database) {
        return on(database, server());
    }

    private static DatabaseConfig on(String database, DatabaseConfig serverConfig) {
        String url = serverConfig.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String rebuilt = url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
        return new DatabaseConfig(rebuilt, serverConfig.user(), serverConfig.password(), 4);
    }

    private static boolean exists(String database) {
        DatabaseConfig c = server();
        try (Connection connection = DriverManager.getConnection(c.url(), c.user(), c.password());
             var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, database);
            return statement.executeQuery().next();
        } catch (SQLException e) {
            throw new IllegalStateException("test database server unreachable: " + e.getMessage(), e);
        }
    }

    private static void execute(String sql) {
        DatabaseConfig c = server();
        try (Connection connection = DriverManager.getConnection(c.url(), c.user(), c.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
        }
    }

    private static void dropOwnDatabases() {
        DatabaseConfig c = server;
        try (Connection connection = DriverManager.getConnection(c.url(), c.user(), c.password());
             Statement statement = connection.createStatement()) {
            var names = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'monps\\_%\\_" + RUN_ID + "%'");
            var toDrop = new java.util.ArrayList<String>();
            while (names.next()) {
                toDrop.add(names.getString(1));
            }
            for (String name : toDrop) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException ignored) {
            // best effort at JVM exit: the server may already be gone
        }
    }
}
