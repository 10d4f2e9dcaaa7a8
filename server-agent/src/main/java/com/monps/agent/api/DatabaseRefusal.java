package com.monps.agent.api;

import com.monps.core.db.QueryClass;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;

import java.util.Map;
import java.util.Optional;

/**
 * A write the database refused, told in the API's terms: the field and the rule, never the constraint or the column.
 * The request records check these rules first; this is the net for a rule they missed.
 */
@QueryClass
final class DatabaseRefusal {

    /** The bets table's rules a request can break, by constraint (sql/V1__core_schema.sql). */
    private static final Map<String, String> RULES = Map.of(
            "bets_odds_above_one", "'odds' must be greater than 1",
            "bets_stake_positive", "'stake' must be greater than 0",
            "bets_patron_score_range", "'patron_score' must be between 0 and 100",
            "bets_patron_confidence_range", "'patron_confidence' must be between 0 and 1",
            "bets_outcome_valid", "'outcome' must be home, draw or away",
            "bets_status_valid", "'status' must be pending, won, lost or void");
    private static final String OTHER_VALUE = "a value does not fit what a bet can hold: see docs/control-api.md for each field's rules";

    private DatabaseRefusal() {
    }

    /** The reason for the caller when the database refused the values (SQL state class 22 or 23); empty otherwise. */
    static Optional<String> reason(DataAccessException e) {
        String state = e.sqlState();
        if (e.getCause() == null || state == null || !(state.startsWith("22") || state.startsWith("23"))) {
            return Optional.empty();
        }
        String constraint = e.getCause() instanceof PSQLException psql && psql.getServerErrorMessage() != null
                ? psql.getServerErrorMessage().getConstraint() : null;
        return Optional.of(constraint == null ? OTHER_VALUE : RULES.getOrDefault(constraint, OTHER_VALUE));
    }
}
