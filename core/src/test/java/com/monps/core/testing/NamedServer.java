package com.monps.core.testing;

import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;

import java.util.Optional;

/**
 * A PostgreSQL server that CI names in the environment ({@code <PREFIX>_URL}, {@code _USER}, {@code _PASSWORD}: a
 * maintenance database and a superuser), for tests that need a server in a given state (TimescaleDB installed but not
 * preloaded, a pg_dump of the same version). Absent on a developer's machine: such tests skip with the variable's name.
 */
public record NamedServer(DatabaseConfig maintenance) {

    public static Optional<NamedServer> fromEnvironment(String prefix) {
        String url = System.getenv(prefix + "_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new NamedServer(new DatabaseConfig(url, System.getenv(prefix + "_USER"),
                System.getenv(prefix + "_PASSWORD"), 1)));
    }

    /** The same server, another database. */
    public DatabaseConfig database(String name) {
        String url = maintenance.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return new DatabaseConfig(url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query)),
                maintenance.user(), maintenance.password(), 2);
    }

    /** Drops {@code name} if it exists and creates it empty. */
    public DatabaseConfig recreate(String name) {
        drop(name);
        execute("CREATE DATABASE " + name);
        return database(name);
    }

    public void drop(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String statement) {
        try (Database db = Database.connect(maintenance)) {
            db.dsl().execute(statement);
        }
    }
}
