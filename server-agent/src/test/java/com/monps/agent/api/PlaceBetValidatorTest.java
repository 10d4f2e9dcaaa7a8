package com.monps.agent.api;

import com.monps.core.api.FieldProblem;
import com.monps.core.api.PlaceBetRequest;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceBetValidatorTest {

    private static final Instant KICK_OFF = Instant.parse("2024-08-16T19:00:00Z");

    @Test
    void aValidRequestGivesTheBetAndNoProblem() {
        var checked = PlaceBetValidator.check(request("home", "1.62", "10", "pinnacle", null, null, null));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.bet().outcome()).isEqualTo(Outcome.HOME);
        assertThat(checked.bet().market()).isEqualTo(Market.H2H);
        assertThat(checked.bet().odds()).isEqualByComparingTo("1.62");
    }

    @Test
    void everyProblemNamesItsFieldInTheOrderOfTheFields() {
        var checked = PlaceBetValidator.check(request("corner", "1", "10.001", " ", "corners", "101", "x\u0000"));

        assertThat(checked.bet()).isNull();
        assertThat(checked.problems()).extracting(FieldProblem::field)
                .containsExactly("outcome", "odds", "stake", "bookmaker", "market", "patron_score", "notes");
        assertThat(checked.problems()).extracting(FieldProblem::message).containsExactly(
                "unknown outcome 'corner': expected home, draw, away, over or under",
                "odds must be greater than 1 (got 1)",
                "'stake' may have at most 2 decimals (got 10.001)",
                "'bookmaker' must not be blank",
                "'market': unknown market 'corners': expected h2h, totals or spreads",
                "'patron_score' must be between 0 and 100 (got 101)",
                "'notes' must not contain the character U+0000");
    }

    @Test
    void aRuleBetweenFieldsNamesTheFieldToFix() {
        var checked = PlaceBetValidator.check(request("draw", "3.1", "10", "pinnacle", "spreads", null, null));

        assertThat(checked.problems()).containsExactly(new FieldProblem("outcome", "outcome: a spreads bet backs home or away, not draw"));
    }

    @Test
    void missingFieldsAreEachNamed() {
        var checked = PlaceBetValidator.check(new PlaceBetRequest(null, "A", "B", "s", "L", null, null, null, null, "b",
                null, null, null, null, null, null, null));

        assertThat(checked.problems()).extracting(FieldProblem::field)
                .containsExactly("match_id", "commence_time", "outcome", "odds", "stake");
    }

    private static PlaceBetRequest request(String outcome, String odds, String stake, String bookmaker, String market,
                                           String patronScore, String notes) {
        return new PlaceBetRequest("m", "Manchester United", "Fulham", "soccer_epl", "EPL", KICK_OFF, outcome,
                new BigDecimal(odds), new BigDecimal(stake), bookmaker, null, patronScore == null ? null : new BigDecimal(patronScore),
                null, null, notes, market, null);
    }
}
