package com.monps.desktop.betentry;

import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BetValidatorTest {

    private final BetValidator validator = new BetValidator(new StakingRules(new BigDecimal("1000"), 0.25, 0.05));

    @Test
    void acceptsDecimalCommasAndRoundsTheStakeToCents() {
        var result = validator.validate(BetForm.manual(Fixtures.match("m1"), Outcome.DRAW, "3,40", "12,5", " pinnacle ", ""));

        assertThat(result.errors()).isEmpty();
        assertThat(result.bet()).hasValueSatisfying(bet -> {
            assertThat(bet.odds()).isEqualByComparingTo("3.40");
            assertThat(bet.stake()).isEqualByComparingTo("12.50");
            assertThat(bet.bookmaker()).isEqualTo("pinnacle");
            assertThat(bet.notes()).isNull();
        });
    }

    @Test
    void refusesMissingMatchOutcomeAndBookmakerAllAtOnce() {
        var result = validator.validate(BetForm.manual(null, null, "2", "10", "  ", null));

        assertThat(result.errors()).extracting(BetValidator.Problem::key)
                .containsExactly("bet.error.match", "bet.error.outcome", "bet.error.bookmaker");
        assertThat(result.bet()).isEmpty();
    }

    @Test
    void everyProblemNamesTheFieldToFix() {
        var result = validator.validate(BetForm.manual(null, Outcome.HOME, "one", "0", "  ", null));

        assertThat(result.errors()).extracting(BetValidator.Problem::field).containsExactly(
                BetValidator.Field.MATCH, BetValidator.Field.ODDS, BetValidator.Field.STAKE, BetValidator.Field.BOOKMAKER);
        assertThat(result.invalid(BetValidator.Field.ODDS)).isTrue();
        assertThat(result.invalid(BetValidator.Field.OUTCOME)).isFalse();
    }

    @Test
    void refusesFractionsOfACent() {
        var result = validator.validate(BetForm.manual(Fixtures.match("m1"), Outcome.HOME, "2", "10.005", "x", null));

        assertThat(result.errors()).extracting(BetValidator.Problem::key).containsExactly("bet.error.stakeCents");
    }

    @Test
    void warnsAboveTheKellyStakeAndTheBankrollShareButStillAccepts() {
        BetForm fromOpportunity = new BetForm(Fixtures.match("m1"), Market.H2H, "", Outcome.HOME, "2.15", "60", "bet365", null,
                new BigDecimal("0.486486"), 7L, new BigDecimal("4.6"), null, null, null);

        var result = validator.validate(fromOpportunity);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(BetValidator.Problem::key).containsExactly("bet.warning.kelly", "bet.warning.bankroll");
        assertThat(result.warnings().getFirst().arguments()).containsExactly("9.98");
        assertThat(result.bet().orElseThrow().opportunityId()).isEqualTo(7L);
        assertThat(result.bet().orElseThrow().agentRecommended()).isTrue();
    }

    @Test
    void aTotalsBetCarriesItsMarketAndLine() {
        var result = validator.validate(BetForm.manual(Fixtures.match("m1"), Market.TOTALS, "2,75", Outcome.OVER, "2.10", "10", "bet365", null));

        assertThat(result.bet()).hasValueSatisfying(bet -> {
            assertThat(bet.market()).isEqualTo(Market.TOTALS);
            assertThat(bet.point()).isEqualByComparingTo("2.75");
        });
    }

    @Test
    void refusesADrawOnSpreadsAndLinesOffTheQuarterGridOrNotAboveZero() {
        assertThat(keys(BetForm.manual(Fixtures.match("m1"), Market.SPREADS, "0.5", Outcome.DRAW, "2", "10", "x", null)))
                .containsExactly("bet.error.outcomeMarket");
        assertThat(keys(BetForm.manual(Fixtures.match("m1"), Market.SPREADS, "-0.3", Outcome.HOME, "2", "10", "x", null)))
                .containsExactly("bet.error.pointQuarter");
        assertThat(keys(BetForm.manual(Fixtures.match("m1"), Market.TOTALS, "0", Outcome.UNDER, "2", "10", "x", null)))
                .containsExactly("bet.error.pointPositive");
        assertThat(keys(BetForm.manual(Fixtures.match("m1"), Market.TOTALS, "", Outcome.UNDER, "2", "10", "x", null)))
                .containsExactly("bet.error.pointRequired");
        assertThat(keys(BetForm.manual(Fixtures.match("m1"), Market.TOTALS, "two", Outcome.UNDER, "2", "10", "x", null)))
                .containsExactly("bet.error.pointNumber");
    }

    @Test
    void aLineLeftInTheFieldIsIgnoredOnOneXTwo() {
        var result = validator.validate(BetForm.manual(Fixtures.match("m1"), Market.H2H, "2.5", Outcome.HOME, "2", "10", "x", null));

        assertThat(result.bet()).hasValueSatisfying(bet -> assertThat(bet.point()).isNull());
    }

    private java.util.List<String> keys(BetForm form) {
        return validator.validate(form).errors().stream().map(BetValidator.Problem::key).toList();
    }
}
