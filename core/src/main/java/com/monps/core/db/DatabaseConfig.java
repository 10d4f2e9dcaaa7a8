package com.monps.core.db;

import java.util.Objects;

/** Where the PostgreSQL database is and who connects to it. {@link #toString()} never shows the password. */
public record DatabaseConfig(String url, String user, String password, int maxPoolSize) {

    public DatabaseConfig {
        Objects.requireNonNull(url, "database url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database url must start with jdbc:postgresql: (got '" + url + "')");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
    }

    public DatabaseConfig(String url, String user, String password) {
        this(url, user, password, 5);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", password=***, maxPoolSize=" + maxPoolSize + "]";
    }
}
