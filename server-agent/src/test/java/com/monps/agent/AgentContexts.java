package com.monps.agent;

import com.monps.agent.config.AgentConfig;
import com.monps.core.db.Database;

import java.util.Map;

/** Agent contexts on a test database, as the commands build them from the environment. */
public final class AgentContexts {

    private AgentContexts() {
    }

    public static AgentContext on(Database db) {
        return new AgentContext(AgentConfig.from(Map.of(
                "MONPS_DB_URL", db.config().url(),
                "MONPS_DB_USER", db.config().user(),
                "MONPS_DB_PASSWORD", db.config().password() == null ? "" : db.config().password())));
    }
}
