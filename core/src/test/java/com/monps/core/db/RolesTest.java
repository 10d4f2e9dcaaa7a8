package com.monps.core.db;

import com.monps.core.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jooq.impl.DSL;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roles of V50, exercised through real LOGIN users that are members of them. */
@Tag("engine") // also run on each TimescaleDB version by CI (profile "timescaledb")
class RolesTest {

    private static final String SUFFIX = Long.toString(ProcessHandle.current().pid());
    private static final String AGENT = "monps_test_agent_" + SUFFIX;
    private static final String DESKTOP = "monps_test_desktop_" + SUFFIX;
    private static final String OWNER = "monps_test_owner_" + SUFFIX;
    private static final String PASSWORD = "roles-test-password";

    private static final String INSERT_BET = """
            INSERT INTO bets (match_id, home_team, away_team, sport, league, commence_time, outcome, odds, stake, bookmaker)
            VALUES ('m1', 'Arsenal', 'Wolves', 'soccer_epl', 'EPL', '2024-08-17 14:00+00', 'home', 2.10, 10, 'bet365')
            RETURNING id""";
    private static final String SETTLE_WON = """
            UPDATE bets SET status = 'won', result = 'home', final_score = '2-0', payout = 21.00, profit = 11.00,
                            settled_by = '%s', settled_at = now() WHERE id = %d""";
    private static final String INSERT_ODDS = """
            INSERT INTO odds_h2h (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at)
            VALUES ('m1', 'pinnacle', 2.05, 3.40, 3.90, now())""";
    private static final String INSERT_MATCH = """
            INSERT INTO matches (id, sport_key, league, commence_time, home_team, away_team)
            VALUES ('m1', 'soccer_epl', 'EPL', '2024-08-17 14:00+00', 'Arsenal', 'Wolves')""";
    private static final String INSERT_OPPORTUNITY = """
            INSERT INTO opportunities (match_id, outcome, bookmaker, odds, edge_value, confidence_score, agent_name)
            VALUES ('m1', 'home', 'bet365', 2.10, 0.031, 0.8, 'value')""";

    private Database owner;
    private Database agent;
    private Database desktop;

    @BeforeAll
    static void createLoginUsers() {
        TestDatabase.fresh().close(); // migrating the template creates the group roles the users join
        superuser("CREATE ROLE " + AGENT + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE monps_agent_role");
        superuser("CREATE ROLE " + DESKTOP + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE monps_desktop_role");
    }

    @AfterAll
    static void dropLoginUsers() {
        superuser("DROP ROLE IF EXISTS " + AGENT);
        superuser("DROP ROLE IF EXISTS " + DESKTOP);
    }

    @BeforeEach
    void connect() {
        owner = TestDatabase.fresh();
        agent = Database.connect(as(owner.config(), AGENT));
        desktop = Database.connect(as(owner.config(), DESKTOP));
        owner.dsl().execute(INSERT_MATCH);
    }

    @AfterEach
    void close() {
        desktop.close();
        agent.close();
        owner.close();
    }

    @Test
    void desktopMayNotWriteOdds() {
        assertThatThrownBy(() -> desktop.dsl().execute(INSERT_ODDS))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("permission denied for table odds_h2h");
        assertThatThrownBy(() -> desktop.dsl().execute("DELETE FROM odds_latest"))
                .hasMessageContaining("permission denied for table odds_latest");
    }

    @Test
    void desktopMayNotWriteMatchesOrOpportunities() {
        assertThatThrownBy(() -> desktop.dsl().execute("UPDATE matches SET completed = true, home_score = 1, away_score = 0"))
                .hasMessageContaining("permission denied for table matches");
        assertThatThrownBy(() -> desktop.dsl().execute(INSERT_OPPORTUNITY))
                .hasMessageContaining("permission denied for table opportunities");
    }

    @Test
    void desktopMayNotSettleABetAutomatically() {
        long id = insertBet(desktop.dsl());

        assertThatThrownBy(() -> desktop.dsl().execute(SETTLE_WON.formatted("auto", id)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("only the agent settles bets automatically");
        assertThat(status(id)).isEqualTo("pending");
    }

    @Test
    void desktopMayNotRecordABetAlreadySettledAutomatically() {
        assertThatThrownBy(() -> desktop.dsl().execute("""
                INSERT INTO bets (match_id, home_team, away_team, sport, commence_time, outcome, odds, stake, bookmaker,
                                  status, payout, profit, settled_by, settled_at)
                VALUES ('m1', 'Arsenal', 'Wolves', 'soccer_epl', '2024-08-17 14:00+00', 'home', 2.00, 10, 'bet365',
                        'lost', 0, -10, 'auto', now())"""))
                .hasMessageContaining("only the agent settles bets automatically");
        assertThat(owner.dsl().fetchCount(DSL.table("bets"))).isZero();
    }

    @Test
    void desktopMayNotWriteTheClvTheAgentComputes() {
        long id = insertBet(desktop.dsl());

        assertThatThrownBy(() -> desktop.dsl().execute("UPDATE bets SET closing_odds = 2.50, clv_percent = -16 WHERE id = " + id))
                .hasMessageContaining("permission denied for table bets");
    }

    @Test
    void desktopRecordsEditsSettlesManuallyAndDeletesBets() {
        long id = insertBet(desktop.dsl());

        desktop.dsl().execute("UPDATE bets SET stake = 20, notes = 'doubled' WHERE id = " + id);
        desktop.dsl().execute(SETTLE_WON.formatted("manual", id).replace("21.00", "42.00").replace("11.00", "22.00"));
        assertThat(owner.dsl().fetchOne("SELECT status, profit, settled_by FROM bets WHERE id = " + id).intoArray())
                .containsExactly("won", new BigDecimal("22.00"), "manual");

        assertThat(desktop.dsl().execute("DELETE FROM bets WHERE id = " + id)).isOne();
    }

    @Test
    void desktopMayEditTheNotesOfABetTheAgentSettled() {
        long id = insertBet(agent.dsl());
        agent.dsl().execute(SETTLE_WON.formatted("auto", id));

        desktop.dsl().execute("UPDATE bets SET notes = 'late goal' WHERE id = " + id);

        assertThat(owner.dsl().fetchValue("SELECT notes FROM bets WHERE id = " + id)).isEqualTo("late goal");
    }

    @Test
    void theAgentWritesLinePricesTheDesktopOnlyReadsThemAndNeverWritesTheClosingLine() {
        String insertLine = "INSERT INTO odds_lines (match_id, bookmaker, market, point, over_home_odds, under_away_odds, collected_at)"
                + " VALUES ('m1', 'pinnacle', 'spreads', -0.25, 1.95, 1.95, '2024-08-17 13:00+00')";

        assertThat(agent.dsl().execute(insertLine)).isEqualTo(1);
        assertThat(desktop.dsl().fetchValue("SELECT point FROM odds_lines_latest WHERE match_id = 'm1'"))
                .isEqualTo(new BigDecimal("-0.25"));
        assertThatThrownBy(() -> desktop.dsl().execute(insertLine.replace("pinnacle", "bet365")))
                .hasMessageContaining("permission denied for table odds_lines");
        assertThatThrownBy(() -> desktop.dsl().execute("DELETE FROM odds_lines_latest"))
                .hasMessageContaining("permission denied for table odds_lines_latest");
        assertThatThrownBy(() -> agent.dsl().execute("DELETE FROM odds_lines_latest"))
                .hasMessageContaining("permission denied for table odds_lines_latest");

        long id = desktop.dsl().fetchOne(INSERT_BET).get(0, Long.class);
        assertThat(desktop.dsl().execute("UPDATE bets SET market = 'spreads', point = -0.25 WHERE id = " + id)).isEqualTo(1);
        assertThatThrownBy(() -> desktop.dsl().execute("UPDATE bets SET closing_point = -0.5 WHERE id = " + id))
                .hasMessageContaining("permission denied for table bets");
        assertThat(agent.dsl().execute("UPDATE bets SET closing_point = -0.5, closing_source = 'line_moved' WHERE id = " + id))
                .isEqualTo(1);
        // the implied CLV of a moved line (V80) is the agent's CLV job's too
        String implied = "UPDATE bets SET implied_fair_prob = 0.45, clv_implied_pct = -5.5, implied_source = 'pinnacle_1x2' WHERE id = " + id;
        assertThatThrownBy(() -> desktop.dsl().execute(implied)).hasMessageContaining("permission denied for table bets");
        assertThat(agent.dsl().execute(implied)).isEqualTo(1);
    }

    @Test
    void desktopReadsEveryTableAndTheStatistics() {
        for (String table : new String[] {"matches", "bets", "odds_h2h", "odds_latest", "opportunities", "api_requests", "job_runs", "bets_stats"}) {
            assertThat(desktop.dsl().fetch("SELECT * FROM " + table)).as(table).isNotNull();
        }
        assertThat(desktop.dsl().fetchValue("SELECT home_team FROM matches WHERE id = 'm1'")).isEqualTo("Arsenal");
    }

    @Test
    void agentWritesOddsMatchesOpportunitiesAndItsBookkeeping() {
        DSLContext sql = agent.dsl();
        sql.execute(INSERT_ODDS);
        sql.execute("INSERT INTO odds_h2h (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at)"
                + " VALUES ('m1', 'pinnacle', 2.00, 3.50, 3.90, '2024-08-17 13:55+00')");
        sql.execute("UPDATE matches SET completed = true, home_score = 2, away_score = 0 WHERE id = 'm1'");
        sql.execute(INSERT_OPPORTUNITY);
        sql.execute("INSERT INTO api_requests (endpoint, http_status, requests_remaining) VALUES ('/v4/sports/soccer_epl/odds', 200, 480)");
        sql.execute("INSERT INTO job_runs (job, status) VALUES ('collect', 'success')");

        assertThat(owner.dsl().fetchValue("SELECT count(*) FROM odds_h2h")).isEqualTo(2L);
        assertThat(sql.fetchValue("SELECT home_odds FROM odds_latest WHERE match_id = 'm1'")).isEqualTo(new BigDecimal("2.000"));
        assertThat(owner.dsl().fetchValue("SELECT completed FROM matches WHERE id = 'm1'")).isEqualTo(true);
        assertThat(owner.dsl().fetchValue("SELECT count(*) FROM opportunities")).isEqualTo(1L);
        assertThat(owner.dsl().fetchValue("SELECT requests_remaining FROM api_requests")).isEqualTo(480);
    }

    @Test
    void agentSettlesAutomaticallyAndWritesClv() {
        long id = insertBet(agent.dsl());

        agent.dsl().execute(SETTLE_WON.formatted("auto", id));
        agent.dsl().execute("UPDATE bets SET closing_odds = 2.00, clv_percent = 5.000, closing_source = 'pinnacle' WHERE id = " + id);

        assertThat(owner.dsl().fetchOne("SELECT status, settled_by, clv_percent FROM bets WHERE id = " + id).intoArray())
                .containsExactly("won", "auto", new BigDecimal("5.000"));
    }

    @Test
    void agentMayNotDeleteBets() {
        long id = insertBet(agent.dsl());

        assertThatThrownBy(() -> agent.dsl().execute("DELETE FROM bets WHERE id = " + id))
                .hasMessageContaining("permission denied for table bets");
    }

    @Test
    void migrationsRunAsAPlainDatabaseOwnerWhoMayNotCreateRoles() {
        DatabaseConfig empty = TestDatabase.emptyDatabase();
        String database = empty.url().substring(empty.url().lastIndexOf('/') + 1);
        superuser("CREATE ROLE " + OWNER + " LOGIN NOSUPERUSER NOCREATEROLE PASSWORD '" + PASSWORD + "'");
        superuser("ALTER DATABASE " + database + " OWNER TO " + OWNER);
        try (Database asOwner = Database.connect(as(empty, OWNER))) {
            assertThat(asOwner.migrate().success).isTrue();
            long id = insertBet(asOwner.dsl());
            asOwner.dsl().execute(SETTLE_WON.formatted("auto", id));
            assertThat(asOwner.dsl().fetchValue("SELECT has_table_privilege('monps_desktop_role', 'odds_h2h', 'INSERT')"))
                    .isEqualTo(false);
        } finally {
            superuser("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            superuser("DROP ROLE IF EXISTS " + OWNER);
        }
    }

    private static long insertBet(DSLContext sql) {
        return sql.fetchOne(INSERT_BET).get(0, Long.class);
    }

    private String status(long id) {
        return owner.dsl().fetchOne("SELECT status FROM bets WHERE id = " + id).get(0, String.class);
    }

    private static DatabaseConfig as(DatabaseConfig config, String user) {
        return new DatabaseConfig(config.url(), user, PASSWORD, 2);
    }

    private static void superuser(String statement) {
        try (Database server = Database.connect(TestDatabase.serverConfig())) {
            server.dsl().execute(statement);
        }
    }
}
