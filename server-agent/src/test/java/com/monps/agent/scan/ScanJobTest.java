package com.monps.agent.scan;

import com.monps.agent.jobs.JobResult;
import com.monps.core.agents.Bankroll;
import com.monps.core.agents.OpportunityScan;
import com.monps.core.agents.ScanSettings;
import com.monps.core.db.Database;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.repo.OpportunityRepository;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScanJobTest {

    // Pinnacle 2.00/3.60/4.00 opening; Bet365 2.15 home (+4.6 % EV) and William Hill 5.00 away (+21.6 % EV, and 5.00 is
    // 21 % above the mean away price 4.13)
    static final String UPCOMING = "E0,17/08/2024,15:00,Arsenal,Wolves,,,,2.15,3.40,3.40,2.05,3.40,5.00,2.00,3.60,4.00,"
            + "2.15,3.60,5.00,2.05,3.45,4.10,,,,,,,,,";

    @TempDir
    Path folder;
    private Database db;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        new FootballDataImporter(db).importFile(HistoryFiles.write(folder, "E0.csv", List.of(HistoryFiles.HEADER, UPCOMING)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void writesOpportunitiesAndCountsThemInPrometheus() {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        OpportunityScan scan = new OpportunityScan(db.dsl(), ScanSettings.DEFAULTS, Bankroll.configured(new BigDecimal("500")));
        ScanJob job = new ScanJob(scan, meters, Clock.fixed(Instant.parse("2024-08-16T09:00:00Z"), ZoneOffset.UTC));

        JobResult result = job.run();

        assertThat(job.name()).isEqualTo("scan");
        assertThat(result.items()).isEqualTo(3);
        assertThat(result.summary()).as("where the scan's time went, for the log")
                .containsPattern("\\) in [0-9.]+ ms \\(lock [0-9.]+ ms, changes [0-9.]+ ms, learning [0-9.]+ ms, 1X2 read [0-9.]+ ms, "
                        + "lines read [0-9.]+ ms, agents [0-9.]+ ms, write [0-9.]+ ms, ledger [0-9.]+ ms\\)$");
        assertThat(new OpportunityRepository(db.dsl()).topByPatronScore(10))
                .extracting(o -> o.agentName() + " " + o.bookmaker() + " " + o.outcome().code())
                .containsExactly("anomaly-ev williamhill away", "anomaly-average williamhill away", "anomaly-ev bet365 home");
        assertThat(meters.scrape()).contains("monps_opportunities_total 3.0");
    }

    @Test
    void afterACollectionOnlyTheMatchesItChangedAreScannedAndTheRestOfTheBoardStays() {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Instant morning = Instant.parse("2024-08-16T06:00:00Z");
        for (String id : List.of("nba1", "nba2")) {
            new MatchRepository(db.dsl()).upsert(List.of(Match.upcoming(id, "basketball_nba", "NBA", morning.plus(Duration.ofDays(1)),
                    "Celtics " + id, "Knicks " + id)));
            new OddsRepository(db.dsl()).append(List.of(twoWay(id, "pinnacle", "1.80", "2.10", morning),
                    twoWay(id, "draftkings", "1.95", "1.95", morning), twoWay(id, "fanduel", "1.75", "2.15", morning)));
        }
        OpportunityScan scan = new OpportunityScan(db.dsl(), ScanSettings.DEFAULTS, Bankroll.configured(new BigDecimal("500")));
        MutableClock clock = new MutableClock(morning.plus(Duration.ofHours(1)));
        ScanJob hourly = new ScanJob(scan, meters, clock);
        assertThat(hourly.run().summary()).contains("; full scan, asked for)");
        assertThat(boardOf("nba1")).containsExactly("anomaly-ev draftkings home " + clock.instant());
        assertThat(boardOf("nba2")).containsExactly("anomaly-ev draftkings home " + clock.instant());
        Instant firstScan = clock.instant();

        clock.set(morning.plus(Duration.ofHours(2)));
        new OddsRepository(db.dsl()).append(List.of(twoWay("nba1", "draftkings", "1.80", "2.05", clock.instant())));
        JobResult afterCollection = hourly.afterCollection().run();

        assertThat(afterCollection.summary()).contains("; incremental scan of what changed)");
        assertThat(boardOf("nba1")).as("draftkings's new home price is no value").isEmpty();
        assertThat(boardOf("nba2")).as("the match the collection did not touch is not re-evaluated")
                .containsExactly("anomaly-ev draftkings home " + firstScan);
        assertThat(hourly.run().summary()).as("the hourly scan stays full").contains("; full scan, asked for)");
    }

    private List<String> boardOf(String matchId) {
        return new OpportunityRepository(db.dsl()).topByEdge(50).stream().filter(o -> o.matchId().equals(matchId))
                .map(o -> o.agentName() + " " + o.bookmaker() + " " + o.outcome().code() + " " + o.detectedAt()).toList();
    }

    private static OddsSnapshot twoWay(String matchId, String bookmaker, String home, String away, Instant at) {
        return new OddsSnapshot(matchId, bookmaker, new BigDecimal(home), null, new BigDecimal(away), at, at);
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
