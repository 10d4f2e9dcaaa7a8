package com.monps.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** One connection pool, the Flyway migrations and the jOOQ context over it: the composition roots build exactly one. */
public final class Database implements AutoCloseable {

    static {
        // jOOQ prints a banner and a tip of the day on first use; neither belongs in a trader's logs.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(DatabaseConfig config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    public static Database connect(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(Math.min(1, config.maxPoolSize()));
        hikari.setPoolName("monps");
        hikari.setConnectionTimeout(10_000);
        hikari.setInitializationFailTimeout(-1);
        return new Database(config, new HikariDataSource(hikari));
    }

    /**
     * Applies the pending migrations of {@code sql/}; a no-op when the schema is current. Refuses, with
     * {@link TimescaleNotPreloadedException}, a server where TimescaleDB is installed but not preloaded.
     */
    public MigrateResult migrate() {
        engine().requireLoadable();
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public DatabaseEngine engine() {
        return DatabaseEngine.probe(dsl);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** A connection outside the pool, for LISTEN: a listener holds its connection for as long as it lives. */
    public Connection openDedicatedConnection() throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
