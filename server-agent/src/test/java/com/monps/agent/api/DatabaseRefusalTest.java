package com.monps.agent.api;

import com.monps.core.api.ApiError;
import com.monps.core.api.ErrorCode;
import com.monps.core.db.Database;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A value only the database caught is told as the field and the rule, never as the constraint or the column. */
class DatabaseRefusalTest {

    private final Database database = TestDatabase.fresh();
    private final long id = new BetRepository(database.dsl()).insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10"));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aBrokenCheckConstraintNamesTheField() {
        DataAccessException refused = catchThrowableOfType(DataAccessException.class,
                () -> database.dsl().execute("UPDATE bets SET odds = 0.5 WHERE id = " + id));

        assertThat(DatabaseRefusal.refusal(refused)).contains(new ApiError("'odds' must be greater than 1", ErrorCode.INVALID_FIELD, "odds"));
    }

    @Test
    void aValueWithoutAKnownRuleIsRefusedWithoutTheDatabasesWords() {
        DataAccessException refused = catchThrowableOfType(DataAccessException.class,
                () -> database.dsl().execute("UPDATE bets SET bookmaker = NULL WHERE id = " + id));

        ApiError error = DatabaseRefusal.refusal(refused).orElseThrow();
        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(error.error()).doesNotContain("bets").doesNotContain("null value").doesNotContain("constraint");
    }
}
