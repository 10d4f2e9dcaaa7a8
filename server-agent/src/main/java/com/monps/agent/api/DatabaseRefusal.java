package com.monps.agent.api;

import com.monps.core.db.QueryClass;
import com.monps.core.api.ApiError;
import com.monps.core.api.ErrorCode;
import com.monps.core.api.FieldProblem;
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
    private static final Map<String, FieldProblem> RULES = Map.of(
            "bets_odds_above_one", new FieldProblem("odds", "'odds' must be greater than 1"),
            "bets_stake_positive", new FieldProblem("stake", "'stake' must be greater than 0"),
            "bets_patron_score_range", new FieldProblem("patron_score", "'patron_score' must be between 0 and 100"),
            "bets_patron_confidence_range", new FieldProblem("patron_confidence", "'patron_confidence' must be between 0 and 1"),
            "bets_outcome_valid", new FieldProblem("outcome", "'outcome' must be home, draw or away"),
            "bets_status_valid", new FieldProblem("status", "'status' must be pending, won, lost or void"));
    private static final ApiError OTHER_VALUE = new ApiError(
            "a value does not fit what a bet can hold: see docs/control-api.md for each field's rules", ErrorCode.INVALID_FIELD, null);

    private DatabaseRefusal() {
    }

    /** The refusal for the caller when the database refused the values (SQL state class 22 or 23); empty otherwise. */
    static Optional<ApiError> refusal(DataAccessException e) {
        String state = e.sqlState();
        if (e.getCause() == null || state == null || !(state.startsWith("22") || state.startsWith("23"))) {
            return Optional.empty();
        }
        String constraint = e.getCause() instanceof PSQLException psql && psql.getServerErrorMessage() != null
                ? psql.getServerErrorMessage().getConstraint() : null;
        FieldProblem rule = constraint == null ? null : RULES.get(constraint);
        return Optional.of(rule == null ? OTHER_VALUE : ApiError.of(rule));
    }
}
