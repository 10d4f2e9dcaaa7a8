package com.monps.desktop.bets;

import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BetFilterTest {

    private static final BetRow ROW = BetRow.of(List.of(new Bet(1, "m1", "Arsenal", "Chelsea", "soccer_epl", "EPL",
            Instant.parse("2024-08-16T19:00:00Z"), Outcome.HOME, new BigDecimal("2.10"), new BigDecimal("10.00"), "pinnacle",
            null, null, null, false, BetStatus.PENDING, null, null, null, null, null, null, null, null, null, "late team news",
            Instant.parse("2024-08-15T23:30:00Z"), null)), ZoneOffset.UTC).getFirst();

    @Test
    void dateRangeIsInclusiveOnPlacementDays() {
        assertThat(filter(LocalDate.of(2024, 8, 15), LocalDate.of(2024, 8, 15), null).predicate().test(ROW)).isTrue();
        assertThat(filter(LocalDate.of(2024, 8, 16), null, null).predicate().test(ROW)).isFalse();
        assertThat(filter(null, LocalDate.of(2024, 8, 14), null).predicate().test(ROW)).isFalse();
    }

    @Test
    void searchLooksInTeamsBookmakerLeagueAndNotesIgnoringCase() {
        assertThat(filter(null, null, "CHEL").predicate().test(ROW)).isTrue();
        assertThat(filter(null, null, "team news").predicate().test(ROW)).isTrue();
        assertThat(filter(null, null, "bet365").predicate().test(ROW)).isFalse();
    }

    private static BetFilter filter(LocalDate from, LocalDate to, String text) {
        return new BetFilter(null, null, null, null, null, from, to, text);
    }
}
