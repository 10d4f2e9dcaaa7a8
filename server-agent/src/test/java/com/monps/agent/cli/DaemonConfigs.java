package com.monps.agent.cli;

import com.monps.agent.config.AgentConfig;
import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import com.monps.core.testing.TestDatabase;

import java.util.HashMap;
import java.util.Map;

/** Environments for a daemon on a fresh test database, listening on a free loopback port. */
public final class DaemonConfigs {

    public static final String TOKEN = "daemon-secret-4b9e1d77c0a3";

    private DaemonConfigs() {
    }

    public static Map<String, String> environment(String token) {
        DatabaseConfig database;
        try (Database fresh = TestDatabase.fresh()) {
            database = fresh.config();
        }
        Map<String, String> env = new HashMap<>();
        env.put("MONPS_DB_URL", database.url());
        env.put("MONPS_DB_USER", database.user());
        env.put("MONPS_DB_PASSWORD", database.password() == null ? "" : database.password());
        env.put("MONPS_AGENT_BIND", "127.0.0.1:0");
        env.put("MONPS_AGENT_TOKEN", token);
        // no credit to spend and no real API to reach: the scheduled collect never calls out of the test
        env.put("MONPS_CREDIT_BUDGET", "0");
        env.put("MONPS_ODDS_API_URL", "http://127.0.0.1:9");
        return env;
    }

    public static AgentConfig config(String token) {
        return AgentConfig.from(environment(token));
    }
}
