package com.monps.core.odds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SettlementTest {

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aDrawLosesTheHomeBet() {
        SettlementResult result = Settlement.settle(Outcome.HOME, money("10.00"), money("2.10"), 1, 1);

        assertThat(result).isEqualTo(new SettlementResult(BetStatus.LOST, Outcome.DRAW, "1-1",
                money("0.00"), money("-10.00")));
    }

    @Test
    void aDrawWinsTheDrawBet() {
        SettlementResult result = Settlement.settle(Outcome.DRAW, money("10.00"), money("3.40"), 1, 1);

        assertThat(result).isEqualTo(new SettlementResult(BetStatus.WON, Outcome.DRAW, "1-1",
                money("34.00"), money("24.00")));
    }

    @Test
    void anAwayWin() {
        SettlementResult result = Settlement.settle(Outcome.AWAY, money("5.00"), money("4.20"), 0, 2);

        assertThat(result).isEqualTo(new SettlementResult(BetStatus.WON, Outcome.AWAY, "0-2",
                money("21.00"), money("16.00")));
        assertThat(Settlement.settle(Outcome.HOME, money("5.00"), money("1.80"), 0, 2).status())
                .isEqualTo(BetStatus.LOST);
    }

    @Test
    void aCancelledMatchVoidsTheBetAndReturnsTheStake() {
        SettlementResult result = Settlement.cancelled(money("12.50"));

        assertThat(result).isEqualTo(new SettlementResult(BetStatus.VOID, null, null, money("12.50"), money("0.00")));
    }

    @Test
    void payoutIsRoundedToCents() {
        SettlementResult exact = Settlement.settle(Outcome.HOME, money("10.00"), money("1.955"), 2, 1);
        assertThat(exact.payout()).isEqualTo(money("19.55"));
        assertThat(exact.profit()).isEqualTo(money("9.55"));
        assertThat(exact.finalScore()).isEqualTo("2-1");

        // 3.33 × 2.505 = 8.34165
        SettlementResult rounded = Settlement.settle(Outcome.HOME, money("3.33"), money("2.505"), 2, 1);
        assertThat(rounded.payout()).isEqualTo(money("8.34"));
        assertThat(rounded.profit()).isEqualTo(money("5.01"));
    }

    @Test
    void anExactHalfCentRoundsUpLikePostgres() {
        // 1.00 × 2.125 = 2.125: PostgreSQL round(2.125, 2) = 2.13, where banker's rounding would give 2.12.
        assertThat(Settlement.settle(Outcome.HOME, money("1.00"), money("2.125"), 1, 0).payout())
                .isEqualTo(money("2.13"));
    }

    @Test
    void aWholeNumberStakeIsCarriedWithTwoDecimals() {
        SettlementResult lost = Settlement.settle(Outcome.AWAY, money("10"), money("2.00"), 3, 0);

        assertThat(lost.profit()).isEqualTo(money("-10.00"));
        assertThat(Settlement.cancelled(money("10")).payout()).isEqualTo(money("10.00"));
    }

    @Test
    void resultOfAScore() {
        assertThat(Settlement.resultOf(2, 1)).isEqualTo(Outcome.HOME);
        assertThat(Settlement.resultOf(0, 0)).isEqualTo(Outcome.DRAW);
        assertThat(Settlement.resultOf(1, 3)).isEqualTo(Outcome.AWAY);
    }

    @Test
    void rejectsInvalidInputsNamingThem() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settlement.settle(Outcome.HOME, money("10.005"), money("2.00"), 1, 0))
                .withMessageContaining("10.005");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settlement.settle(Outcome.HOME, money("0.00"), money("2.00"), 1, 0))
                .withMessageContaining("0.00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settlement.settle(Outcome.HOME, money("10.00"), money("1.00"), 1, 0))
                .withMessageContaining("1.00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Settlement.settle(Outcome.HOME, money("10.00"), money("2.00"), -1, 0))
                .withMessageContaining("-1-0");
    }
}
