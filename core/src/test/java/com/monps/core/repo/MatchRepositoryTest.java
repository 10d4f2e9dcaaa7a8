package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatchRepositoryTest {

    @Test
    void refreshingAMatchWithoutAScoreKeepsTheScoreAlreadyStored() {
        try (Database db = TestDatabase.fresh()) {
            MatchRepository matches = new MatchRepository(db.dsl());
            Match upcoming = Fixtures.match("m1");
            matches.upsert(List.of(upcoming.withScore(1, 0, true, Instant.parse("2024-08-16T21:00:00Z"))));

            matches.upsert(List.of(upcoming));

            Match stored = matches.find("m1").orElseThrow();
            assertThat(stored.completed()).isTrue();
            assertThat(stored.homeScore()).isEqualTo(1);
            assertThat(stored.awayScore()).isZero();
        }
    }

    @Test
    void aMatchIsTwoWayWhenItsStoredPricesQuoteNoDraw() {
        try (Database db = TestDatabase.fresh()) {
            MatchRepository matches = new MatchRepository(db.dsl());
            matches.upsert(List.of(Fixtures.match("epl"), Fixtures.match("nba"), Fixtures.match("unpriced")));
            Instant polled = Fixtures.KICK_OFF.minusSeconds(3600);
            new OddsRepository(db.dsl()).append(List.of(
                    new OddsSnapshot("epl", "pinnacle", new BigDecimal("2.10"), new BigDecimal("3.40"), new BigDecimal("3.60"), polled, polled),
                    new OddsSnapshot("nba", "draftkings", new BigDecimal("1.80"), null, new BigDecimal("2.05"), polled, polled),
                    new OddsSnapshot("nba", "fanduel", new BigDecimal("1.83"), null, new BigDecimal("2.00"), polled, polled)));

            assertThat(matches.twoWay(List.of("epl", "nba", "unpriced"))).containsExactly("nba");
        }
    }
}
