package com.monps.agent.config;

import com.monps.core.db.DatabaseConfig;
import com.monps.core.db.OddsStorage;
import com.monps.core.domain.Market;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The agent's configuration, read from environment variables (a properties file named by {@code MONPS_CONFIG} may
 * override them). {@link #toString()} never shows a secret.
 */
public record AgentConfig(DatabaseConfig database, String oddsApiKey, String oddsApiUrl, List<String> sports,
                          String regions, List<String> bookmakers, int creditBudget, String agentToken,
                          InetSocketAddress bind, Duration settleDelay, ZoneId zone, Duration apiRetryBase,
                          BigDecimal startingBankroll, OddsStorage storage, List<Market> markets) {

    public static final String DEFAULT_API_URL = "https://api.the-odds-api.com";

    public AgentConfig {
        Objects.requireNonNull(database, "database");
        sports = List.copyOf(sports);
        bookmakers = List.copyOf(bookmakers);
        Objects.requireNonNull(apiRetryBase, "apiRetryBase");
        Objects.requireNonNull(storage, "storage");
        if (startingBankroll.signum() < 0) {
            throw new IllegalArgumentException("MONPS_BANKROLL must be 0 or more (got " + startingBankroll + ")");
        }
        markets = List.copyOf(markets);
        if (markets.isEmpty()) {
            throw new IllegalArgumentException("MONPS_MARKETS must name at least one of h2h, totals, spreads");
        }
        if (creditBudget < 0) {
            throw new IllegalArgumentException("MONPS_CREDIT_BUDGET must be 0 or more (got " + creditBudget + ")");
        }
    }

    /** Reads the variables of {@code env} (normally {@link System#getenv()}); unknown keys are ignored. */
    public static AgentConfig from(Map<String, String> env) {
        Settings s = new Settings(env);
        return new AgentConfig(
                new DatabaseConfig(s.get("MONPS_DB_URL", "jdbc:postgresql://localhost:5432/monps"),
                        s.get("MONPS_DB_USER", "monps_agent"), s.get("MONPS_DB_PASSWORD", ""), 5),
                s.get("ODDS_API_KEY", ""),
                s.get("MONPS_ODDS_API_URL", DEFAULT_API_URL),
                s.list("MONPS_SPORTS", "soccer_epl"),
                s.get("MONPS_REGIONS", "eu"),
                s.list("MONPS_BOOKMAKERS", ""),
                s.integer("MONPS_CREDIT_BUDGET", 500),
                s.get("MONPS_AGENT_TOKEN", ""),
                s.address("MONPS_AGENT_BIND", "127.0.0.1:8001"),
                s.duration("MONPS_SETTLE_DELAY", "PT3H"),
                ZoneId.of(s.get("MONPS_TIMEZONE", "Europe/Paris")),
                s.duration("MONPS_API_RETRY_BASE", "PT1S"),
                s.decimal("MONPS_BANKROLL", "1000"),
                new OddsStorage(s.duration("MONPS_COMPRESS_AFTER", OddsStorage.DEFAULT_COMPRESS_AFTER.toString()),
                        s.integer("MONPS_RETENTION_MONTHS", 0)),
                markets(s.list("MONPS_MARKETS", "h2h")));
    }

    public static AgentConfig fromEnvironment() {
        return from(Settings.withOverrideFile(System.getenv()));
    }

    @Override
    public String toString() {
        return "AgentConfig[database=" + database + ", oddsApiKey=" + (oddsApiKey.isEmpty() ? "<unset>" : "***")
                + ", oddsApiUrl=" + oddsApiUrl + ", sports=" + sports + ", regions=" + regions + ", bookmakers=" + bookmakers
                + ", creditBudget=" + creditBudget + ", agentToken=" + (agentToken.isEmpty() ? "<unset>" : "***")
                + ", bind=" + bind + ", settleDelay=" + settleDelay + ", zone=" + zone + ", apiRetryBase=" + apiRetryBase
                + ", startingBankroll=" + startingBankroll + ", storage=" + storage + ", markets=" + markets + "]";
    }

    private static List<Market> markets(List<String> codes) {
        return codes.stream().map(code -> {
            try {
                return Market.fromCode(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("MONPS_MARKETS: " + e.getMessage(), e);
            }
        }).distinct().toList();
    }

    /** The non-blank items of a comma-separated list. */
    public static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
