package com.monps.core.history;

import com.monps.core.db.Database;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.repo.LineOddsRepository;
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

import static com.monps.core.jooq.Tables.ODDS_LINES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code import} of the over/under 2.5 and Asian handicap columns as opening and closing line snapshots. */
class LineImportTest {

    private static final String HEADER = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,B365H,B365D,B365A,"
            + "B365>2.5,B365<2.5,P>2.5,P<2.5,Max>2.5,Max<2.5,AHh,B365AHH,B365AHA,PAHH,PAHA,AvgAHH,AvgAHA,"
            + "B365C>2.5,B365C<2.5,PC>2.5,PC<2.5,AHCh,B365CAHH,B365CAHA,PCAHH,PCAHA";
    // the handicap moved from -0.25 at the opening to -0.5 at the close; Pinnacle's closing total is blank
    private static final String MOVED = "E0,17/08/2019,15:00,Burnley,Southampton,3,0,H,2.4,3.2,3.1,"
            + "2.1,1.72,2.15,1.78,2.2,1.8,-0.25,2.02,1.88,2.05,1.87,2.0,1.86,"
            + "2.05,1.8,,,-0.5,2.25,1.7,2.27,1.7";

    @TempDir
    Path folder;
    private Database db;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void storesTotalsAt2Point5AndTheHandicapOfEachSnapshotAtItsOwnLine() {
        ImportSummary summary = new FootballDataImporter(db).importFile(file(MOVED));

        Instant kickOff = Instant.parse("2019-08-17T14:00:00Z");
        assertThat(summary.lineOddsAdded()).isEqualTo(7);
        assertThat(new LineOddsRepository(db.dsl()).history("fd:E0:2019-08-17:Burnley:Southampton"))
                .extracting(LinePrice::collectedAt, LinePrice::bookmaker, LinePrice::market, LinePrice::point,
                        LinePrice::overHome, LinePrice::underAway)
                .containsExactly(
                        tuple(kickOff.minusSeconds(3 * 86_400), "bet365", Market.SPREADS, new BigDecimal("-0.25"), new BigDecimal("2.020"), new BigDecimal("1.880")),
                        tuple(kickOff.minusSeconds(3 * 86_400), "bet365", Market.TOTALS, new BigDecimal("2.50"), new BigDecimal("2.100"), new BigDecimal("1.720")),
                        tuple(kickOff.minusSeconds(3 * 86_400), "pinnacle", Market.SPREADS, new BigDecimal("-0.25"), new BigDecimal("2.050"), new BigDecimal("1.870")),
                        tuple(kickOff.minusSeconds(3 * 86_400), "pinnacle", Market.TOTALS, new BigDecimal("2.50"), new BigDecimal("2.150"), new BigDecimal("1.780")),
                        tuple(kickOff.minusSeconds(60), "bet365", Market.SPREADS, new BigDecimal("-0.50"), new BigDecimal("2.250"), new BigDecimal("1.700")),
                        tuple(kickOff.minusSeconds(60), "bet365", Market.TOTALS, new BigDecimal("2.50"), new BigDecimal("2.050"), new BigDecimal("1.800")),
                        tuple(kickOff.minusSeconds(60), "pinnacle", Market.SPREADS, new BigDecimal("-0.50"), new BigDecimal("2.270"), new BigDecimal("1.700")));
    }

    @Test
    void importingTheSameFileAgainAddsNoLinePrice() {
        FootballDataImporter importer = new FootballDataImporter(db);
        importer.importFile(file(MOVED));

        assertThat(importer.importFile(file(MOVED)).lineOddsAdded()).isZero();
        assertThat(db.dsl().fetchCount(ODDS_LINES)).isEqualTo(7);
    }

    @Test
    void aHandicapOffTheQuarterGridRefusesItsRowWithTheColumnNamed() {
        ImportSummary summary = new FootballDataImporter(db).importFile(file(MOVED.replace(",-0.25,", ",-0.3,")));

        assertThat(summary.problems()).singleElement().asString().contains("AHh '-0.3' is not a handicap in quarters of a goal");
        assertThat(db.dsl().fetchCount(ODDS_LINES)).isZero();
    }

    @Test
    void aLinePriceOfZeroIsAMissingPriceNotABadRow() {
        // Pinnacle's opening over/under 2.5 written 0 and 0, as the files do when they lack it
        ImportSummary summary = new FootballDataImporter(db).importFile(file(MOVED.replace(",2.1,1.72,2.15,1.78,", ",2.1,1.72,0,0,")));

        assertThat(summary.problems()).isEmpty();
        assertThat(summary.lineOddsAdded()).isEqualTo(6);
    }

    @Test
    void aRealSeasonStoresBothSnapshotsOfBothMarketsForAlmostEveryMatch() {
        Path season = HistoryFiles.SHARED_SEASONS.resolve("E0_1920.csv");
        assumeTrue(season.toFile().isFile(), "shared seasons absent");

        ImportSummary summary = new FootballDataImporter(db).importFile(season);

        assertThat(summary.problems()).isEmpty();
        // 380 matches x 2 bookmakers x 2 markets x 2 snapshots = 3040 when every price is there
        assertThat(summary.lineOddsAdded()).isBetween(3000, 3040);
        // Liverpool-Norwich: Pinnacle's closing handicap -2.25 at 1.94 / 1.98, its closing total 2.5 at 1.34 / 3.44
        assertThat(db.dsl().select(ODDS_LINES.MARKET, ODDS_LINES.POINT, ODDS_LINES.OVER_HOME_ODDS, ODDS_LINES.UNDER_AWAY_ODDS)
                .from(ODDS_LINES).where(ODDS_LINES.MATCH_ID.eq("fd:E0:2019-08-09:Liverpool:Norwich")
                        .and(ODDS_LINES.BOOKMAKER.eq("pinnacle")).and(ODDS_LINES.COLLECTED_AT.eq(
                                java.time.OffsetDateTime.parse("2019-08-09T18:59:00Z"))))
                .orderBy(ODDS_LINES.MARKET).fetch(r -> tuple(r.value1(), r.value2(), r.value3(), r.value4())))
                .containsExactly(tuple("spreads", new BigDecimal("-2.25"), new BigDecimal("1.940"), new BigDecimal("1.980")),
                        tuple("totals", new BigDecimal("2.50"), new BigDecimal("1.340"), new BigDecimal("3.440")));
    }

    private Path file(String row) {
        return HistoryFiles.write(folder, "E0.csv", List.of(HEADER, row), false, false);
    }
}
