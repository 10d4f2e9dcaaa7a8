package com.monps.core.db;

/**
 * TimescaleDB is installed on the server but not in {@code shared_preload_libraries}. V1's {@code CREATE EXTENSION}
 * would then raise a FATAL error that ends the connection (its exception handler never runs, JDBC reports an I/O
 * error), so the migrations refuse to start instead, with the fix in one line.
 */
public final class TimescaleNotPreloadedException extends IllegalStateException {

    public TimescaleNotPreloadedException() {
        super("TimescaleDB is installed on this PostgreSQL server but not preloaded: add shared_preload_libraries = 'timescaledb' to postgresql.conf and restart PostgreSQL,"
                + " or uninstall the TimescaleDB package to use plain PostgreSQL");
    }
}
