package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityRepositoryTest {

    private Database db;
    private OpportunityRepository opportunities;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        new MatchRepository(db.dsl()).upsert(List.of(Fixtures.match("m1"), Fixtures.match("m2")));
        opportunities = new OpportunityRepository(db.dsl());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aRescanUpdatesThePriceOfAnOpportunityItFindsAgain() {
        opportunities.upsert(List.of(opportunity("m1", Outcome.HOME, "bet365", "2.40")));

        opportunities.replaceForMatches(List.of("m1"), List.of(opportunity("m1", Outcome.HOME, "bet365", "2.55")));

        assertThat(opportunities.topByEdge(10)).singleElement()
                .extracting(Opportunity::odds).isEqualTo(new BigDecimal("2.550"));
    }

    @Test
    void aRescanDropsWhatNoLongerQualifiesOnTheScannedMatchesOnly() {
        opportunities.upsert(List.of(
                opportunity("m1", Outcome.HOME, "bet365", "2.40"),
                opportunity("m1", Outcome.DRAW, "williamhill", "3.90"),
                opportunity("m2", Outcome.AWAY, "pinnacle", "4.10")));

        opportunities.replaceForMatches(List.of("m1"), List.of(opportunity("m1", Outcome.HOME, "bet365", "2.40")));

        assertThat(opportunities.topByEdge(10))
                .extracting(o -> o.matchId() + ":" + o.outcome().code())
                .containsExactlyInAnyOrder("m1:home", "m2:away");
    }

    @Test
    void aRescanThatFindsNothingClearsTheScannedMatches() {
        opportunities.upsert(List.of(opportunity("m1", Outcome.HOME, "bet365", "2.40")));

        opportunities.replaceForMatches(List.of("m1"), List.of());

        assertThat(opportunities.topByEdge(10)).isEmpty();
    }

    private static Opportunity opportunity(String match, Outcome outcome, String bookmaker, String odds) {
        return new Opportunity(null, match, outcome, bookmaker, new BigDecimal(odds), new BigDecimal("0.050000"),
                new BigDecimal("0.700"), "anomaly-ev", new BigDecimal("0.440000"), new BigDecimal("12.00"), null, null,
                null, Instant.parse("2024-08-15T10:00:00Z"));
    }
}
