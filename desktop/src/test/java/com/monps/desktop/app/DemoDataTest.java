package com.monps.desktop.app;

import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetListing;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    private static final String LINE_HEADER = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,B365H,B365D,B365A,"
            + "B365>2.5,B365<2.5,P>2.5,P<2.5,AHh,B365AHH,B365AHA,PAHH,PAHA,"
            + "B365C>2.5,B365C<2.5,PC>2.5,PC<2.5,AHCh,B365CAHH,B365CAHA,PCAHH,PCAHA";
    // over 2.5 at 2.20 against Pinnacle's 2.00 / 1.85 (fair p 0.4805, EV +5.7 %); home -0.25 at 2.10 against 1.95 / 1.95
    // (EV +5 %), the handicap moving to -0.5 by the close
    private static final String OVER_AND_MOVED = "E0,10/08/2024,15:00,Arsenal,Wolves,2,1,H,2.0,3.5,3.8,"
            + "2.20,1.70,2.00,1.85,-0.25,2.10,1.80,1.95,1.95,2.10,1.75,1.90,1.95,-0.5,2.00,1.90,2.00,1.90";
    // home -0.25 at 2.10 again, the line held; a 0-0 draw loses the half on -0.5 and returns the half on 0
    private static final String QUARTER_HALF_LOST = "E0,17/08/2024,15:00,Chelsea,Fulham,0,0,D,2.0,3.5,3.8,"
            + "1.90,1.90,1.90,1.90,-0.25,2.10,1.80,1.95,1.95,1.90,1.90,1.90,1.90,-0.25,2.00,1.85,1.90,2.00";
    private static final String LAST_ROUND = "E0,24/08/2024,15:00,Everton,Brentford,1,1,D,2.0,3.5,3.8,"
            + "1.90,1.90,1.90,1.90,0.25,2.05,1.85,1.90,2.00,1.90,1.90,1.90,1.90,0.25,2.00,1.90,1.95,1.95";

    @Test
    void theDemoBookHoldsTheLineBacktestsBetsWithHalfResultsAndMovedLines() throws Exception {
        Path file = HistoryFiles.write(folder, "E0_2425.csv", List.of(LINE_HEADER, OVER_AND_MOVED, QUARTER_HALF_LOST, LAST_ROUND));
        try (Database db = TestDatabase.fresh()) {
            new DemoData(db, folder).prepare(List.of(file), step -> { });

            assertThat(new BetListing(db.dsl()).newestFirst())
                    .extracting(Bet::homeTeam, Bet::market, Bet::point, Bet::outcome, Bet::status, Bet::profit, Bet::clvPercent,
                            Bet::closingSource, Bet::closingPoint)
                    .containsExactlyInAnyOrder(
                            tuple("Arsenal", Market.TOTALS, new BigDecimal("2.50"), Outcome.OVER, BetStatus.WON, new BigDecimal("12.00"),
                                    new BigDecimal("15.789"), "pinnacle", null),
                            tuple("Arsenal", Market.SPREADS, new BigDecimal("-0.25"), Outcome.HOME, BetStatus.WON, new BigDecimal("11.00"),
                                    null, "line_moved", new BigDecimal("-0.50")),
                            tuple("Chelsea", Market.SPREADS, new BigDecimal("-0.25"), Outcome.HOME, BetStatus.HALF_LOST,
                                    new BigDecimal("-5.00"), new BigDecimal("10.526"), "pinnacle", null),
                            tuple("Everton", Market.SPREADS, new BigDecimal("0.25"), Outcome.HOME, BetStatus.PENDING, null, null, null, null));
        }
    }
}
