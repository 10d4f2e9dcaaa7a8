package com.monps.core.agents;

import com.monps.core.db.Database;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.repo.OpportunityRepository;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityScanTest {

    // Opening: Pinnacle 2.00/3.60/4.00, Bet365 offers 2.15 on the home side (+4.6 % EV); closing prices are lower.
    private static final String UPCOMING = "E0,17/08/2024,15:00,Arsenal,Wolves,,,,2.15,3.40,3.90,2.05,3.40,4.00,2.00,3.60,4.00,"
            + "2.15,3.60,4.20,2.05,3.45,3.95,1.90,3.60,4.40,1.90,3.60,4.40,1.85,3.70,4.50";
    private static final String PLAYED = "E0,10/08/2024,15:00,Chelsea,Wolves,2,0,H,2.10,3.40,3.60,2.05,3.40,3.70,2.08,3.50,3.70,"
            + "2.10,3.50,3.70,2.07,3.45,3.65,2.00,3.50,3.90,2.00,3.50,3.90,2.00,3.55,3.95";

    @TempDir
    Path folder;
    private Database db;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        new FootballDataImporter(db).importFile(HistoryFiles.write(folder, "E0.csv", List.of(HistoryFiles.HEADER, PLAYED, UPCOMING)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void scanAfterAnImportWritesScoredOpportunitiesFromThePricesKnownThen() {
        OpportunityScan scan = new OpportunityScan(db.dsl(), ScanSettings.DEFAULTS, Bankroll.configured(new BigDecimal("1000")));

        ScanReport report = scan.scan(Instant.parse("2024-08-15T12:00:00Z"));

        assertThat(report.markets()).isEqualTo(1);
        assertThat(report.historyMatches()).isEqualTo(1);
        List<Opportunity> stored = new OpportunityRepository(db.dsl()).topByPatronScore(10);
        assertThat(stored).singleElement().satisfies(o -> {
            assertThat(o.matchId()).isEqualTo("fd:E0:2024-08-17:Arsenal:Wolves");
            assertThat(o.agentName()).isEqualTo("anomaly-ev");
            assertThat(o.outcome()).isEqualTo(Outcome.HOME);
            assertThat(o.bookmaker()).isEqualTo("bet365");
            assertThat(o.odds()).isEqualByComparingTo("2.15");
            assertThat(o.edgeValue()).isEqualByComparingTo("0.045946");
            assertThat(o.fairProb()).isEqualByComparingTo("0.486486");
            // quarter Kelly: 0.25 × (1.15 × 0.486486 − 0.513514) / 1.15 × 1000 = 9.98
            assertThat(o.recommendedStake()).isEqualByComparingTo("9.98");
            // a = 0.45946, b = 0.00998 / 0.05 = 0.1996, c = 0 (one played match is no history): 100 × (0.22973 + 0.0499)
            assertThat(o.patronScore()).isEqualByComparingTo("27.96");
            assertThat(o.patronConfidence()).isEqualByComparingTo("0.360");
            assertThat(o.detectedAt()).isEqualTo(Instant.parse("2024-08-15T12:00:00Z"));
            assertThat(o.details()).contains("\"fair_source\": \"pinnacle\"").contains("\"pattern\": null");
        });
    }

    @Test
    void scanningAgainChangesNothingAndMatchesAlreadyStartedAreLeftOut() {
        OpportunityScan scan = new OpportunityScan(db.dsl(), ScanSettings.DEFAULTS, Bankroll.configured(new BigDecimal("1000")));
        scan.scan(Instant.parse("2024-08-15T12:00:00Z"));
        scan.scan(Instant.parse("2024-08-15T12:00:00Z"));

        assertThat(new OpportunityRepository(db.dsl()).topByEdge(10)).hasSize(1);
        assertThat(scan.scan(Instant.parse("2024-08-17T14:00:00Z")).markets()).isZero();
    }

    @Test
    void aTwoWaySportIsScannedOnItsHomeAndAwayPrices() {
        Instant tipOff = Instant.parse("2024-08-16T00:30:00Z");
        new MatchRepository(db.dsl()).upsert(List.of(Match.upcoming("nba1", "basketball_nba", "NBA", tipOff, "Celtics", "Knicks")));
        Instant polled = Instant.parse("2024-08-15T10:00:00Z");
        new OddsRepository(db.dsl()).append(List.of(
                new OddsSnapshot("nba1", "pinnacle", new BigDecimal("1.80"), null, new BigDecimal("2.10"), polled, polled),
                new OddsSnapshot("nba1", "draftkings", new BigDecimal("1.95"), null, new BigDecimal("1.95"), polled, polled),
                new OddsSnapshot("nba1", "fanduel", new BigDecimal("1.75"), null, new BigDecimal("2.15"), polled, polled)));
        OpportunityScan scan = new OpportunityScan(db.dsl(), ScanSettings.DEFAULTS, Bankroll.configured(new BigDecimal("1000")));

        scan.scan(Instant.parse("2024-08-15T12:00:00Z"));

        assertThat(new OpportunityRepository(db.dsl()).topByEdge(10))
                .filteredOn(o -> o.matchId().equals("nba1"))
                .singleElement().satisfies(o -> {
                    assertThat(o.outcome()).isEqualTo(Outcome.HOME);
                    assertThat(o.bookmaker()).isEqualTo("draftkings");
                    assertThat(o.edgeValue()).isEqualByComparingTo("0.050000");
                    assertThat(o.details()).contains("\"pattern\": null");
                });
    }
}
