package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.Outcome;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BetListingTest {

    @Test
    void listsEveryBetNewestPlacementFirst() {
        try (Database db = TestDatabase.fresh()) {
            var bets = new BetRepository(db.dsl());
            bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10").placedAt(Instant.parse("2024-08-01T10:00:00Z")));
            bets.insert(Fixtures.bet("m2", Outcome.AWAY, "3.10", "10").placedAt(Instant.parse("2024-08-03T10:00:00Z")));
            bets.insert(Fixtures.bet("m3", Outcome.DRAW, "3.30", "10").placedAt(Instant.parse("2024-08-02T10:00:00Z")));

            assertThat(new BetListing(db.dsl()).newestFirst()).extracting(Bet::matchId).containsExactly("m2", "m3", "m1");
        }
    }
}
