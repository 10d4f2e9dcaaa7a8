package com.monps.bench;

import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import com.monps.embedded.EmbeddedDatabase;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PostgreSQL server the benchmarks run on: the one named by {@code MONPS_BENCH_DB_URL} (JDBC URL of a maintenance
 * database, with {@code MONPS_BENCH_DB_USER} / {@code MONPS_BENCH_DB_PASSWORD}, a role that may create databases), or an
 * embedded PostgreSQL in a temporary folder. Each benchmark gets its own freshly migrated database, dropped afterwards.
 */
public final class BenchServer implements AutoCloseable {

    private final DatabaseConfig maintenance;
    private final EmbeddedDatabase embedded;
    private int counter;

    private BenchServer(DatabaseConfig maintenance, EmbeddedDatabase embedded) {
        this.maintenance = maintenance;
        this.embedded = embedded;
    }

    public static BenchServer start() {
        String url = System.getenv("MONPS_BENCH_DB_URL");
        if (url != null && !url.isBlank()) {
            return new BenchServer(new DatabaseConfig(url, System.getenv("MONPS_BENCH_DB_USER"),
                    System.getenv("MONPS_BENCH_DB_PASSWORD"), 4), null);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.startTemporary();
        return new BenchServer(new DatabaseConfig(embedded.jdbcUrl(), EmbeddedDatabase.USER, ""), embedded);
    }

    /** A new database named {@code bench_<label>_<n>} with every migration applied. */
    public DatabaseConfig freshDatabase(String label) {
        String name = "bench_" + label.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_" + (++counter);
        execute("CREATE DATABASE " + name);
        DatabaseConfig config = on(name);
        try (Database db = Database.connect(config)) {
            db.migrate();
        }
        return config;
    }

    /** Work on a fresh database: its connection and its configuration (for tools that connect themselves, like psql). */
    @FunctionalInterface
    public interface DatabaseWork {
        void run(Database db, DatabaseConfig config) throws Exception;
    }

    /** Runs {@code work} on a new migrated database, dropped afterwards whatever happens. */
    public void inFreshDatabase(String label, DatabaseWork work) throws Exception {
        DatabaseConfig config = freshDatabase(label);
        try (Database db = Database.connect(config)) {
            work.run(db, config);
        } finally {
            drop(config);
        }
    }

    public void drop(DatabaseConfig database) {
        execute("DROP DATABASE IF EXISTS " + databaseName(database) + " WITH (FORCE)");
    }

    /** Server version and the settings that shape write speed, for the "Machine" section of the results. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection c = connect(maintenance); Statement s = c.createStatement()) {
            for (String name : new String[]{"server_version", "shared_buffers", "work_mem", "fsync", "synchronous_commit",
                    "max_parallel_workers_per_gather", "wal_level"}) {
                var rs = s.executeQuery("SHOW " + name);
                rs.next();
                settings.put(name, rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server settings: " + e.getMessage(), e);
        }
        return settings;
    }

    /** libpq connection parameters for the same database, for {@code psql}. */
    public static Map<String, String> libpq(DatabaseConfig database) {
        URI uri = URI.create(database.url().substring("jdbc:".length()));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", uri.getHost());
        env.put("PGPORT", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()));
        env.put("PGDATABASE", databaseName(database));
        env.put("PGUSER", database.user());
        if (database.password() != null && !database.password().isEmpty()) {
            env.put("PGPASSWORD", database.password());
        }
        return env;
    }

    public static Connection connect(DatabaseConfig config) throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    private DatabaseConfig on(String name) {
        String url = maintenance.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String rebuilt = url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
        return new DatabaseConfig(rebuilt, maintenance.user(), maintenance.password(), 4);
    }

    private static String databaseName(DatabaseConfig config) {
        String url = config.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
    }

    private void execute(String sql) {
        try (Connection c = connect(maintenance); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
