package com.monps.desktop.settings;

import com.monps.core.db.DatabaseConfig;

import java.nio.file.Path;

/**
 * Where the desktop finds its database: the embedded server in the user's data folder, or a remote PostgreSQL (e.g.
 * the agent's, over WireGuard). A remote password is never stored here: it lives in {@code passwordFile}, readable by
 * the user only, or is asked for at start.
 */
public record ConnectionProfile(String name, String host, int port, String database, String user, Path passwordFile) {

    public static final String EMBEDDED = "embedded";

    public static ConnectionProfile embedded() {
        return new ConnectionProfile(EMBEDDED, null, 0, null, null, null);
    }

    public ConnectionProfile {
        if (!EMBEDDED.equals(name)) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("a remote profile needs a host");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 1 and 65535 (got " + port + ")");
            }
            if (database == null || database.isBlank() || user == null || user.isBlank()) {
                throw new IllegalArgumentException("a remote profile needs a database and a user");
            }
        }
    }

    public boolean isEmbedded() {
        return EMBEDDED.equals(name);
    }

    public DatabaseConfig toConfig(String password) {
        return new DatabaseConfig("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
    }

    public String describe() {
        return isEmbedded() ? EMBEDDED : user + "@" + host + ":" + port + "/" + database;
    }
}
