package com.monps.core.db;

import com.monps.core.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BetConstraintsTest {

    private static final String MINIMAL_INSERT = """
            INSERT INTO bets (match_id, home_team, away_team, sport, league, commence_time, outcome, odds, stake, bookmaker)
            VALUES ('m1', 'Arsenal', 'Wolves', 'soccer_epl', 'EPL', '2024-08-17 14:00+00', '%s', %s, %s, 'bet365')
            RETURNING id""";

    private static Database db;
    private static DSLContext sql;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
        sql = db.dsl();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static long insert(String statement) {
        return sql.fetchOne(statement).get(0, Long.class);
    }

    @Test
    void aBetRecordedWithOnlyTheTenRequiredColumnsIsPendingWithTimestamps() {
        long id = insert(MINIMAL_INSERT.formatted("home", "2.10", "10"));

        var row = sql.fetchOne("SELECT status, placed_at, created_at, updated_at, agent_recommended FROM bets WHERE id = ?", id);
        assertThat(row.get("status", String.class)).isEqualTo("pending");
        assertThat(row.get("placed_at")).isNotNull();
        assertThat(row.get("created_at")).isNotNull();
        assertThat(row.get("updated_at")).isNotNull();
        assertThat(row.get("agent_recommended", Boolean.class)).isFalse();
    }

    @Test
    void oddsOfOneOrLessAreRefused() {
        assertThatThrownBy(() -> sql.execute(MINIMAL_INSERT.formatted("home", "1.00", "10")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("bets_odds_above_one");
    }

    @Test
    void aStakeOfZeroOrLessIsRefused() {
        assertThatThrownBy(() -> sql.execute(MINIMAL_INSERT.formatted("home", "2.00", "0")))
                .hasMessageContaining("bets_stake_positive");
        assertThatThrownBy(() -> sql.execute(MINIMAL_INSERT.formatted("home", "2.00", "-5")))
                .hasMessageContaining("bets_stake_positive");
    }

    @Test
    void anUnknownOutcomeIsRefused() {
        assertThatThrownBy(() -> sql.execute(MINIMAL_INSERT.formatted("over", "2.00", "10")))
                .hasMessageContaining("bets_outcome_valid");
    }

    @Test
    void aWonBetWhosePayoutDisagreesWithOddsTimesStakeIsRefused() {
        long id = insert(MINIMAL_INSERT.formatted("home", "2.10", "10"));

        assertThatThrownBy(() -> sql.execute("""
                UPDATE bets SET status = 'won', payout = 25, profit = 15, settled_by = 'manual', settled_at = now()
                WHERE id = ?""", id))
                .hasMessageContaining("bets_settlement_consistent");
        assertThat(sql.execute("""
                UPDATE bets SET status = 'won', payout = 21.00, profit = 11.00, settled_by = 'manual', settled_at = now()
                WHERE id = ?""", id)).isEqualTo(1);
    }

    @Test
    void anUnknownStatusIsRefused() {
        long id = insert(MINIMAL_INSERT.formatted("draw", "3.40", "5"));

        assertThatThrownBy(() -> sql.execute("UPDATE bets SET status = 'cashed' WHERE id = ?", id))
                .hasMessageContaining("bets_status_valid");
    }

    @Test
    void anImpliedClosingPriceComesWholeAndOnlyOnALineBet() {
        long h2h = insert(MINIMAL_INSERT.formatted("home", "2.10", "10"));
        long line = insert(MINIMAL_INSERT.replace("outcome, odds", "market, point, outcome, odds")
                .replace("'%s', %s, %s", "'totals', 2.25, '%s', %s, %s").formatted("under", "2.10", "10"));

        assertThatThrownBy(() -> sql.execute("UPDATE bets SET implied_fair_prob = 0.41, clv_implied_pct = -13.9, "
                + "implied_source = 'pinnacle_1x2' WHERE id = ?", h2h)).hasMessageContaining("bets_implied_clv_complete");
        assertThatThrownBy(() -> sql.execute("UPDATE bets SET implied_fair_prob = 0.41 WHERE id = ?", line))
                .hasMessageContaining("bets_implied_clv_complete");
        assertThatThrownBy(() -> sql.execute("UPDATE bets SET implied_fair_prob = 0.41, clv_implied_pct = -13.9, "
                + "implied_source = 'quoted' WHERE id = ?", line)).hasMessageContaining("bets_implied_source_valid");
        assertThat(sql.execute("UPDATE bets SET implied_fair_prob = 0.41, clv_implied_pct = -13.9, "
                + "implied_source = 'consensus_1x2_total' WHERE id = ?", line)).isEqualTo(1);
    }
}
