package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.domain.BetStats;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.repo.BetRepository.Settlement;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StatsRepositoryTest {

    @Test
    void statsCountMoneyHitRateAndRoiOverDecidedBets() {
        try (Database db = TestDatabase.fresh()) {
            BetRepository bets = new BetRepository(db.dsl());
            long won = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.50", "10.00"));
            long lost = bets.insert(Fixtures.bet("m2", Outcome.AWAY, "3.00", "10.00"));
            bets.insert(Fixtures.bet("m3", Outcome.DRAW, "3.20", "4.00"));
            bets.settle(won, new Settlement(BetStatus.WON, Outcome.HOME, "1-0", new BigDecimal("25.00"), new BigDecimal("15.00"), SettledBy.AUTO, Instant.now()));
            bets.settle(lost, new Settlement(BetStatus.LOST, Outcome.HOME, "1-0", new BigDecimal("0.00"), new BigDecimal("-10.00"), SettledBy.AUTO, Instant.now()));

            BetStats stats = new StatsRepository(db.dsl()).betStats();

            assertThat(stats.totalBets()).isEqualTo(3);
            assertThat(stats.wins()).isEqualTo(1);
            assertThat(stats.losses()).isEqualTo(1);
            assertThat(stats.pending()).isEqualTo(1);
            assertThat(stats.totalStaked()).isEqualByComparingTo("24.00");
            assertThat(stats.totalProfit()).isEqualByComparingTo("5.00");
            assertThat(stats.hitRate()).isEqualByComparingTo("50.00");
            assertThat(stats.roi()).isEqualByComparingTo("25.00");
            assertThat(stats.avgClv()).isNull();
        }
    }
}
