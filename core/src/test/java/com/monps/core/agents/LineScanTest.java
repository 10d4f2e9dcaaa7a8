package com.monps.core.agents;

import com.monps.core.db.Database;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.LineOddsRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.repo.OpportunityRepository;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan on totals and spreads, on the embedded PostgreSQL with the real readers, agents and repository: one totals
 * and one quarter-line handicap opportunity worked out by hand, the prices as of the scan's moment (never a later one,
 * never a line the bookmaker had stopped quoting), and a rerun that changes nothing.
 */
class LineScanTest {

    private static final Instant KICK_OFF = Instant.parse("2024-08-17T14:00:00Z");
    private static final Instant AS_OF = Instant.parse("2024-08-15T12:00:00Z");
    private static final Instant POLLED = Instant.parse("2024-08-15T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2024-08-14T10:00:00Z");
    private static final Instant LATER = Instant.parse("2024-08-16T10:00:00Z");

    private Database db;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        new MatchRepository(db.dsl()).upsert(List.of(Match.upcoming("m1", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Wolves")));
        // 1X2: Pinnacle 2.00/3.60/4.00, de-vigged 0.486486/0.270270/0.243243; nobody beats it
        new OddsRepository(db.dsl()).append(List.of(
                h2h("pinnacle", "2.00", "3.60", "4.00"), h2h("bet365", "1.95", "3.50", "4.00"), h2h("unibet_eu", "1.98", "3.55", "3.90")));
        new LineOddsRepository(db.dsl()).merge(List.of(
                line("pinnacle", Market.TOTALS, "2.5", "1.95", "1.95", POLLED),
                line("bet365", Market.TOTALS, "2.5", "2.10", "1.75", POLLED),
                line("unibet_eu", Market.TOTALS, "2.5", "1.92", "1.92", POLLED),
                line("pinnacle", Market.SPREADS, "-0.25", "2.00", "1.90", POLLED),
                line("bet365", Market.SPREADS, "-0.25", "2.20", "1.70", POLLED),
                line("unibet_eu", Market.SPREADS, "-0.25", "2.02", "1.86", POLLED),
                // a line bet365 had stopped quoting by its collection of 10:00 (its over would be +17 %), and a price
                // collected after the scan's moment (its over at 1.80 would be no value): neither is seen
                line("bet365", Market.TOTALS, "2.75", "2.40", "1.55", EARLIER),
                line("pinnacle", Market.TOTALS, "2.75", "2.10", "1.80", POLLED),
                line("unibet_eu", Market.TOTALS, "2.75", "2.08", "1.78", POLLED),
                line("bet365", Market.TOTALS, "2.5", "1.80", "2.00", LATER)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aTotalsAndAQuarterLineHandicapAreFoundAndSizedAsWorkedOutByHand() {
        ScanReport report = scan();

        List<Opportunity> stored = new OpportunityRepository(db.dsl()).topByEdge(10);
        assertThat(stored).extracting(Opportunity::market, Opportunity::point, Opportunity::outcome, Opportunity::bookmaker,
                        Opportunity::agentName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Market.SPREADS, new BigDecimal("-0.25"), Outcome.HOME, "bet365", "anomaly-ev"),
                        org.assertj.core.groups.Tuple.tuple(Market.TOTALS, new BigDecimal("2.50"), Outcome.OVER, "bet365", "anomaly-ev"));
        // 1X2, totals 2.5, totals 2.75, spreads -0.25
        assertThat(report.markets()).isEqualTo(4);

        Opportunity spreads = stored.getFirst();
        // Pinnacle home −0.25 2.00 / away 1.90: p = 0.5 / (0.5 + 0.526316) = 0.487179, fair odds 2.052632.
        // −0.25 is half on 0, half on −0.5: a home win wins, a draw half-loses, an away win loses. The 1X2's implied
        // score grid gives the draw 0.270270 (the de-vigged draw), so a share at risk of 1 − 0.270270 / 2 = 0.864865:
        // win = 0.864865 / 2.052632 = 0.421344, half loss 0.270270, loss 0.308385.
        // EV at 2.20 = 0.421344 × 1.20 − 0.270270 / 2 − 0.308385 = 0.864865 × (2.20 × 0.487179 − 1) = 0.062093
        assertThat(spreads.odds()).isEqualByComparingTo("2.20");
        assertThat(spreads.edgeValue()).isEqualByComparingTo("0.062093");
        assertThat(spreads.fairProb()).isEqualByComparingTo("0.487179");
        // quarter Kelly of the five-result growth: f* = 0.064504 (LineKellyTest), 0.25 × 0.064504 × 1000 = 16.12
        assertThat(spreads.recommendedStake()).isEqualByComparingTo("16.12");
        // a = 0.62093, b = 0.01612 / 0.05 = 0.3224, c = 0 (no history): 100 × (0.310465 + 0.0806) = 39.11
        assertThat(spreads.patronScore()).isEqualByComparingTo("39.11");
        assertThat(spreads.details()).contains("\"fair_source\": \"pinnacle\"", "\"bookmakers\": 3",
                "\"multiplicative\": 0.487179", "\"half_loss\": 0.27027", "\"push\": 0.0");

        Opportunity totals = stored.getLast();
        // Pinnacle 1.95 / 1.95: p = 0.5; 2.5 only wins or loses: EV = 2.10 × 0.5 − 1 = 0.05;
        // quarter Kelly 0.25 × (1.10 × 0.5 − 0.5) / 1.10 × 1000 = 11.36
        assertThat(totals.odds()).isEqualByComparingTo("2.10");
        assertThat(totals.edgeValue()).isEqualByComparingTo("0.050000");
        assertThat(totals.fairProb()).isEqualByComparingTo("0.500000");
        assertThat(totals.recommendedStake()).isEqualByComparingTo("11.36");
        assertThat(totals.detectedAt()).isEqualTo(AS_OF);
    }

    @Test
    void scanningAgainChangesNothingAndALineThatNoLongerQualifiesIsRemoved() {
        scan();
        scan();
        assertThat(new OpportunityRepository(db.dsl()).topByEdge(10)).hasSize(2);

        // as of the later collection bet365's over 2.5 is 1.80: no value any more
        new OpportunityScan(db.dsl(), ScanSettings.DEFAULTS, Bankroll.configured(new BigDecimal("1000")))
                .scan(LATER.plusSeconds(60));

        assertThat(new OpportunityRepository(db.dsl()).topByEdge(10)).extracting(Opportunity::market)
                .containsExactly(Market.SPREADS);
    }

    @Test
    void theAwaySideCarriesTheNegativeOfTheHomeLine() {
        // an away price at +0.25 well above Pinnacle's: the opportunity is on away +0.25, as a bet on it would be
        new LineOddsRepository(db.dsl()).merge(List.of(line("williamhill", Market.SPREADS, "-0.25", "1.80", "2.30", POLLED)));

        scan();

        assertThat(new OpportunityRepository(db.dsl()).topByEdge(10))
                .filteredOn(o -> o.bookmaker().equals("williamhill") && o.agentName().equals("anomaly-ev"))
                .singleElement().satisfies(o -> {
                    assertThat(o.outcome()).isEqualTo(Outcome.AWAY);
                    assertThat(o.point()).isEqualByComparingTo("0.25");
                    // away +0.25: an away win wins, a draw half-wins, a home win loses; share at risk 0.864865 again:
                    // EV = 0.864865 × (2.30 × 0.512821 − 1) = 0.155232
                    assertThat(o.edgeValue()).isEqualByComparingTo("0.155232");
                });
    }

    private ScanReport scan() {
        return new OpportunityScan(db.dsl(), ScanSettings.DEFAULTS, Bankroll.configured(new BigDecimal("1000"))).scan(AS_OF);
    }

    private static OddsSnapshot h2h(String bookmaker, String home, String draw, String away) {
        return new OddsSnapshot("m1", bookmaker, new BigDecimal(home), new BigDecimal(draw), new BigDecimal(away), POLLED, POLLED);
    }

    private static LinePrice line(String bookmaker, Market market, String point, String first, String second, Instant at) {
        return new LinePrice("m1", bookmaker, market, new BigDecimal(point), new BigDecimal(first), new BigDecimal(second), at, at);
    }
}
