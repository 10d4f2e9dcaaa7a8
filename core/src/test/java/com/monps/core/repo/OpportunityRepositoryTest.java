package com.monps.core.repo;

import com.monps.core.db.Database;
import com.monps.core.domain.Market;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aRescanAtTheSameFiguresKeepsTheRowAndSinceWhenItHasStood() {
        Instant first = Instant.parse("2024-08-15T10:00:00Z");
        Instant later = first.plusSeconds(3600);
        opportunities.replaceForMatches(List.of("m1"), List.of(opportunity("m1", Outcome.HOME, "bet365", "2.40", first),
                opportunity("m1", Outcome.DRAW, "williamhill", "3.90", first)));
        Map<String, Long> ids = idsByOutcome();

        int onBoard = opportunities.replaceForMatches(List.of("m1"), List.of(
                opportunity("m1", Outcome.HOME, "bet365", "2.40", later),
                opportunity("m1", Outcome.DRAW, "williamhill", "4.00", later)));

        assertThat(onBoard).isEqualTo(2);
        assertThat(opportunities.topByEdge(10))
                .extracting(o -> o.outcome().code() + " @" + o.odds().toPlainString() + " since " + o.detectedAt())
                .containsExactlyInAnyOrder("home @2.400 since " + first, "draw @4.000 since " + later);
        assertThat(idsByOutcome()).isEqualTo(ids);
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

    @Test
    void linesOfOneMarketAreOpportunitiesOfTheirOwnAndARescanDropsTheLineNoLongerFound() {
        opportunities.upsert(List.of(
                line("m1", Market.TOTALS, "2.5", Outcome.OVER, "1.95"),
                line("m1", Market.TOTALS, "2.75", Outcome.OVER, "2.10"),
                line("m1", Market.SPREADS, "-0.25", Outcome.HOME, "2.02"),
                opportunity("m1", Outcome.HOME, "bet365", "2.40")));

        opportunities.replaceForMatches(List.of("m1"), List.of(
                line("m1", Market.TOTALS, "2.75", Outcome.OVER, "2.12"),
                line("m1", Market.SPREADS, "-0.25", Outcome.HOME, "2.02"),
                opportunity("m1", Outcome.HOME, "bet365", "2.40")));

        assertThat(opportunities.topByEdge(10))
                .extracting(o -> o.market().code() + " " + (o.point() == null ? "-" : o.point().toPlainString()) + " "
                        + o.outcome().code() + " @" + o.odds().toPlainString())
                .containsExactlyInAnyOrder("totals 2.75 over @2.120", "spreads -0.25 home @2.020", "h2h - home @2.400");
    }

    @Test
    void aLineOpportunityNeedsAPointAndAnOutcomeOfItsMarket() {
        assertThatThrownBy(() -> line("m1", Market.TOTALS, null, Outcome.OVER, "1.95"))
                .hasMessageStartingWith("point: a totals bet needs a point");
        assertThatThrownBy(() -> line("m1", Market.SPREADS, "0.5", Outcome.DRAW, "3.10"))
                .hasMessageStartingWith("outcome: a spreads bet backs home or away");
    }

    private static Opportunity line(String match, Market market, String point, Outcome outcome, String odds) {
        return new Opportunity(null, match, market, point == null ? null : new BigDecimal(point), outcome, "bet365",
                new BigDecimal(odds), new BigDecimal("0.050000"), new BigDecimal("0.700"), "anomaly-ev",
                new BigDecimal("0.500000"), new BigDecimal("10.00"), null, null, null, Instant.parse("2024-08-15T10:00:00Z"));
    }

    private static Opportunity opportunity(String match, Outcome outcome, String bookmaker, String odds) {
        return opportunity(match, outcome, bookmaker, odds, Instant.parse("2024-08-15T10:00:00Z"));
    }

    private static Opportunity opportunity(String match, Outcome outcome, String bookmaker, String odds, Instant detectedAt) {
        return new Opportunity(null, match, outcome, bookmaker, new BigDecimal(odds), new BigDecimal("0.050000"),
                new BigDecimal("0.700"), "anomaly-ev", new BigDecimal("0.440000"), new BigDecimal("12.00"), null, null,
                null, detectedAt);
    }

    private Map<String, Long> idsByOutcome() {
        Map<String, Long> ids = new HashMap<>();
        opportunities.topByEdge(10).forEach(o -> ids.put(o.outcome().code(), o.id()));
        return ids;
    }
}
