package com.monps.desktop.app;

import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.repo.BetListing;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    // Bet365 offers 2.40 on the home side where Pinnacle's 2.00 / 3.60 / 4.00 make it worth about 2.06: a value bet.
    private static final String VALUE_WON = "E0,10/08/2024,15:00,Arsenal,Wolves,2,0,H,2.40,3.40,3.60,2.05,3.40,3.70,2.00,3.60,4.00,"
            + "2.40,3.60,4.00,2.10,3.50,3.80,2.30,3.40,3.70,2.00,3.40,3.80,1.90,3.70,4.30";
    private static final String NO_VALUE = "E0,17/08/2024,15:00,Chelsea,Fulham,0,1,A,2.00,3.50,3.80,2.00,3.50,3.80,2.00,3.50,3.80,"
            + "2.00,3.50,3.80,2.00,3.50,3.80,2.00,3.50,3.80,2.00,3.50,3.80,2.00,3.50,3.80";
    private static final String VALUE_LAST_ROUND = "E0,24/08/2024,15:00,Everton,Brentford,1,1,D,2.40,3.40,3.60,2.05,3.40,3.70,2.00,3.60,4.00,"
            + "2.40,3.60,4.00,2.10,3.50,3.80,2.30,3.40,3.70,2.00,3.40,3.80,1.95,3.60,4.20";

    @TempDir
    Path folder;

    @Test
    void theFirstStartImportsRecordsTheBacktestBetsAndLeavesTheLastRoundPending() throws Exception {
        Path file = HistoryFiles.write(folder, "E0_2425.csv", List.of(HistoryFiles.HEADER, VALUE_WON, NO_VALUE, VALUE_LAST_ROUND));
        try (Database db = TestDatabase.fresh()) {
            DemoData demo = new DemoData(db, folder);
            assertThat(demo.prepared()).isFalse();

            DemoData.Summary summary = demo.prepare(List.of(file), step -> { });

            assertThat(summary.imported().matchesAdded()).isEqualTo(3);
            assertThat(summary.bets()).isEqualTo(2);
            assertThat(summary.asOf()).isEqualTo(Instant.parse("2024-08-23T18:00:00Z"));
            List<Bet> bets = new BetListing(db.dsl()).newestFirst();
            assertThat(bets).extracting(Bet::homeTeam, Bet::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Everton", BetStatus.PENDING),
                            org.assertj.core.groups.Tuple.tuple("Arsenal", BetStatus.WON));
            Bet won = bets.get(1);
            assertThat(won.odds()).isEqualByComparingTo("2.40");
            assertThat(won.bookmaker()).isEqualTo("bet365");
            assertThat(won.closingOdds()).isEqualByComparingTo("1.90");
            assertThat(won.clvPercent()).isEqualByComparingTo("26.316");
            assertThat(won.profit()).isEqualByComparingTo(won.stake().multiply(new java.math.BigDecimal("1.40")).setScale(2, java.math.RoundingMode.HALF_UP));
            assertThat(bets.getFirst().clvPercent()).isNull();
            // EV +16.8 % (full marks for A), quarter Kelly puts 2.99 % of a 5 % cap on it (B 0.598), no pattern (C 0):
            // 100 × (0.5 + 0.25 × 0.598) = 64.96; confidence 0.6 × Pinnacle's price over 3 of 5 bookmakers = 0.360
            assertThat(won.patronScore()).isEqualByComparingTo("64.96");
            assertThat(won.patronConfidence()).isEqualByComparingTo("0.360");
            assertThat(demo.prepared()).isTrue();
        }
    }
}
