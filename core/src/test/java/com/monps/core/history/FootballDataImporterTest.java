package com.monps.core.history;

import com.monps.core.db.Database;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.ODDS_H2H;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FootballDataImporterTest {

    private static final String LIVERPOOL_NORWICH =
            "E0,09/08/2019,20:00,Liverpool,Norwich,4,1,H,1.14,10,19,1.12,8.5,21,1.15,9.59,18.05,1.16,10,23,1.14,8.75,19.83,"
                    + "1.12,11,21,1.11,9,23,1.13,10.5,22.5";
    private static final String WEST_HAM_CITY =
            "E0,10/08/2019,12:30,West Ham,Man City,0,5,A,12,6.5,1.25,11,6,1.25,11.5,6.67,1.27,13,7,1.3,11.6,6.6,1.26,"
                    + "13,7,1.22,,,,12.7,7.3,1.24";

    @TempDir
    Path folder;
    private Database db;
    private FootballDataImporter importer;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        importer = new FootballDataImporter(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void storesMatchesWithLeagueScoreAndUtcKickOff() {
        ImportSummary summary = importer.importFile(file(HistoryFiles.HEADER, LIVERPOOL_NORWICH, WEST_HAM_CITY));

        assertThat(summary.matchesAdded()).isEqualTo(2);
        Match match = new MatchRepository(db.dsl()).find("fd:E0:2019-08-09:Liverpool:Norwich").orElseThrow();
        assertThat(match.sportKey()).isEqualTo("soccer_epl");
        assertThat(match.league()).isEqualTo("EPL");
        assertThat(match.commenceTime()).isEqualTo(Instant.parse("2019-08-09T19:00:00Z"));
        assertThat(match.completed()).isTrue();
        assertThat(match.homeScore()).isEqualTo(4);
        assertThat(match.awayScore()).isEqualTo(1);
    }

    @Test
    void storesAnOpeningAndAClosingSnapshotPerBookmakerButNoMarketColumns() {
        ImportSummary summary = importer.importFile(file(HistoryFiles.HEADER, LIVERPOOL_NORWICH, WEST_HAM_CITY));

        // Liverpool-Norwich: 3 opening + 3 closing; West Ham-City: 3 opening + 2 closing (William Hill's close is blank)
        assertThat(summary.oddsAdded()).isEqualTo(11);
        assertThat(db.dsl().selectDistinct(ODDS_H2H.BOOKMAKER).from(ODDS_H2H).fetch(ODDS_H2H.BOOKMAKER))
                .containsExactlyInAnyOrder("bet365", "williamhill", "pinnacle");
        List<OddsSnapshot> pinnacle = new OddsRepository(db.dsl()).history("fd:E0:2019-08-09:Liverpool:Norwich").stream()
                .filter(s -> s.bookmaker().equals("pinnacle")).toList();
        assertThat(pinnacle).extracting(OddsSnapshot::collectedAt)
                .containsExactly(Instant.parse("2019-08-06T19:00:00Z"), Instant.parse("2019-08-09T18:59:00Z"));
        assertThat(pinnacle.get(0).home()).isEqualByComparingTo("1.15");
        assertThat(pinnacle.get(1).draw()).isEqualByComparingTo("10.5");
    }

    @Test
    void closingSnapshotIsTheLastPriceAtKickOff() {
        importer.importFile(file(HistoryFiles.HEADER, LIVERPOOL_NORWICH));

        OddsSnapshot close = new OddsRepository(db.dsl())
                .lastAtOrBefore("fd:E0:2019-08-09:Liverpool:Norwich", "bet365", Instant.parse("2019-08-09T19:00:00Z"))
                .orElseThrow();
        assertThat(close.away()).isEqualByComparingTo(new BigDecimal("21"));
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        Path file = file(HistoryFiles.HEADER, LIVERPOOL_NORWICH, WEST_HAM_CITY);
        importer.importFile(file);
        var updatedAt = db.dsl().select(MATCHES.UPDATED_AT).from(MATCHES).orderBy(MATCHES.ID).fetch(MATCHES.UPDATED_AT);

        ImportSummary again = importer.importFile(file);

        assertThat(again.matchesAdded()).isZero();
        assertThat(again.matchesUpdated()).isZero();
        assertThat(again.matchesUnchanged()).isEqualTo(2);
        assertThat(again.oddsAdded()).isZero();
        assertThat(db.dsl().fetchCount(ODDS_H2H)).isEqualTo(11);
        assertThat(db.dsl().select(MATCHES.UPDATED_AT).from(MATCHES).orderBy(MATCHES.ID).fetch(MATCHES.UPDATED_AT))
                .isEqualTo(updatedAt);
    }

    @Test
    void aCorrectedScoreUpdatesTheMatch() {
        importer.importFile(file(HistoryFiles.HEADER, LIVERPOOL_NORWICH));

        ImportSummary corrected = importer.importFile(file(HistoryFiles.HEADER, LIVERPOOL_NORWICH.replace(",4,1,H,", ",4,2,H,")));

        assertThat(corrected.matchesUpdated()).isEqualTo(1);
        assertThat(new MatchRepository(db.dsl()).find("fd:E0:2019-08-09:Liverpool:Norwich").orElseThrow().awayScore())
                .isEqualTo(2);
    }

    @Test
    void reportsBadRowsWithTheirLineNumbersAndLoadsTheOthers() {
        Path file = file(HistoryFiles.HEADER,
                LIVERPOOL_NORWICH,
                LIVERPOOL_NORWICH.replace("09/08/2019", "31/02/2019"),
                "",
                LIVERPOOL_NORWICH.replace("Norwich", "Liverpool"),
                LIVERPOOL_NORWICH.replace(",4,1,H,", ",4,1,A,"),
                LIVERPOOL_NORWICH.replace("1.15,9.59", "abc,9.59").replace("Liverpool", "Everton"),
                ",,,,,,,,",
                WEST_HAM_CITY);

        ImportSummary summary = importer.importFile(file);

        assertThat(summary.problems()).extracting(RowProblem::line, RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Date '31/02/2019' is not dd/mm/yy or dd/mm/yyyy"),
                org.assertj.core.groups.Tuple.tuple(5, "home and away team are both 'Liverpool'"),
                org.assertj.core.groups.Tuple.tuple(6, "FTR 'A' contradicts the score 4-1"),
                org.assertj.core.groups.Tuple.tuple(7, "PSH 'abc' is not a decimal price above 1"));
        assertThat(summary.dataRows()).isEqualTo(6);
        assertThat(db.dsl().select(MATCHES.ID).from(MATCHES).orderBy(MATCHES.ID).fetch(MATCHES.ID))
                .containsExactly("fd:E0:2019-08-09:Liverpool:Norwich", "fd:E0:2019-08-10:West Ham:Man City");
        assertThat(db.dsl().fetchCount(ODDS_H2H, ODDS_H2H.MATCH_ID.like("fd:E0:%:Everton:%"))).isZero();
    }

    @Test
    void readsByteOrderMarkCrlfTwoDigitYearsAndAMissingTimeColumn() {
        String header = HistoryFiles.HEADER.replace("Date,Time,", "Date,");
        String row = LIVERPOOL_NORWICH.replace("09/08/2019,20:00,", "10/08/19,");
        Path file = HistoryFiles.write(folder, "old.csv", List.of(header, row), true, true);

        ImportSummary summary = importer.importFile(file);

        assertThat(summary.problems()).isEmpty();
        Match match = new MatchRepository(db.dsl()).find("fd:E0:2019-08-10:Liverpool:Norwich").orElseThrow();
        assertThat(match.commenceTime()).isEqualTo(Instant.parse("2019-08-10T14:00:00Z"));
    }

    @Test
    void convertsWinterKickOffsFromGreenwichTime() {
        importer.importFile(file(HistoryFiles.HEADER, LIVERPOOL_NORWICH.replace("09/08/2019", "14/12/2019")));

        assertThat(new MatchRepository(db.dsl()).find("fd:E0:2019-12-14:Liverpool:Norwich").orElseThrow().commenceTime())
                .isEqualTo(Instant.parse("2019-12-14T20:00:00Z"));
    }

    @Test
    void aFileWithoutTheTeamColumnsLoadsNothing() {
        Path file = file("Div,Date,Home,Away,FTHG,FTAG", "E0,09/08/2019,Liverpool,Norwich,4,1");

        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining("the header lacks HomeTeam, AwayTeam");
        assertThat(db.dsl().fetchCount(MATCHES)).isZero();
    }

    @Test
    void importFilesReportsAnUnreadableFileAndLoadsTheOthers() {
        Path good = file(HistoryFiles.HEADER, LIVERPOOL_NORWICH);

        ImportSummary summary = importer.importFiles(List.of(folder.resolve("missing.csv"), good));

        assertThat(summary.failedFiles()).singleElement().asString().contains("missing.csv");
        assertThat(summary.matchesAdded()).isEqualTo(1);
    }

    private Path file(String... lines) {
        return HistoryFiles.write(folder, "season-" + System.nanoTime() + ".csv", new ArrayList<>(List.of(lines)));
    }
}
