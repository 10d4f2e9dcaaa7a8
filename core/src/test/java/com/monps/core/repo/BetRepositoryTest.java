package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.repo.BetRepository.BetQuery;
import com.monps.core.repo.BetRepository.Settlement;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BetRepositoryTest {

    private Database db;
    private BetRepository bets;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        bets = new BetRepository(db.dsl());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aRecordedBetReadsBackPending() {
        long id = bets.insert(Fixtures.bet("m1", Outcome.DRAW, "3.40", "12.50"));

        Bet bet = bets.find(id).orElseThrow();
        assertThat(bet.status()).isEqualTo(BetStatus.PENDING);
        assertThat(bet.odds()).isEqualByComparingTo("3.40");
        assertThat(bet.stake()).isEqualByComparingTo("12.50");
        assertThat(bet.outcome()).isEqualTo(Outcome.DRAW);
    }

    @Test
    void anAutomaticSettlementAppliesOnlyOnce() {
        long id = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10.00"));
        Settlement won = new Settlement(BetStatus.WON, Outcome.HOME, "2-1", new BigDecimal("21.00"), new BigDecimal("11.00"),
                SettledBy.AUTO, Instant.now());

        assertThat(bets.settle(id, won)).isTrue();
        assertThat(bets.settle(id, won)).isFalse();
        assertThat(bets.find(id).orElseThrow().profit()).isEqualByComparingTo("11.00");
    }

    @Test
    void aManualSettlementIsNeverOverwrittenByTheAutomaticOne() {
        long id = bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10.00"));
        bets.settle(id, new Settlement(BetStatus.VOID, null, null, new BigDecimal("10.00"), BigDecimal.ZERO.setScale(2),
                SettledBy.MANUAL, Instant.now()));

        boolean changed = bets.settle(id, new Settlement(BetStatus.LOST, Outcome.AWAY, "0-1", BigDecimal.ZERO.setScale(2),
                new BigDecimal("-10.00"), SettledBy.AUTO, Instant.now()));

        assertThat(changed).isFalse();
        assertThat(bets.find(id).orElseThrow().status()).isEqualTo(BetStatus.VOID);
    }

    @Test
    void historyFiltersByStatusAndSport() {
        bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10.00"));
        long settled = bets.insert(Fixtures.bet("m2", Outcome.AWAY, "4.00", "5.00"));
        bets.settle(settled, new Settlement(BetStatus.LOST, Outcome.HOME, "1-0", BigDecimal.ZERO.setScale(2),
                new BigDecimal("-5.00"), SettledBy.AUTO, Instant.now()));

        assertThat(bets.history(new BetQuery(BetStatus.LOST, null, 50))).extracting(Bet::id).containsExactly(settled);
        assertThat(bets.history(new BetQuery(null, "soccer_epl", 50))).hasSize(2);
        assertThat(bets.history(new BetQuery(null, "basketball_nba", 50))).isEmpty();
    }
}
