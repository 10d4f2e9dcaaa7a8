package com.monps.desktop.bets;

import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.Market;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetListing;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BetCsvTest {

    @TempDir
    Path folder;

    @Test
    void exportedBetsImportBackWithTheirNotesAndPlacementTimes() throws Exception {
        try (Database db = TestDatabase.fresh()) {
            BetRepository bets = new BetRepository(db.dsl());
            bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10.00").withNotes("tipped, \"sharp\" move"));
            bets.insert(Fixtures.bet("m2", Outcome.DRAW, "3.40", "5.50"));
            Path file = folder.resolve("bets.csv");
            BetCsv.write(new BetListing(db.dsl()).newestFirst(), file);

            var read = BetCsv.read(file);
            assertThat(BetCsv.importInto(db.dsl(), file)).isEqualTo(2);

            assertThat(new BetListing(db.dsl()).newestFirst()).hasSize(4);
            assertThat(read).hasSize(2);
            assertThat(read).extracting(b -> b.notes()).containsExactlyInAnyOrder("tipped, \"sharp\" move", null);
            assertThat(read).allSatisfy(b -> assertThat(b.placedAt()).isNotNull());
        }
    }

    @Test
    void aNoteWithALineBreakAQuoteASeparatorAndNonLatinTextSurvivesExportThenImport() throws Exception {
        String note = "Ελλάδα: \"value\" bet,\r\nsecond line 北京, third;\nend";
        Path file = folder.resolve("notes.csv");
        Bet exported;
        try (Database db = TestDatabase.fresh()) {
            new BetRepository(db.dsl()).insert(Fixtures.bet("m1", Outcome.AWAY, "4.75", "12.50").withNotes(note));
            exported = new BetListing(db.dsl()).newestFirst().getFirst();
            BetCsv.write(List.of(exported), file);
        }
        try (Database db = TestDatabase.fresh()) {
            assertThat(BetCsv.importInto(db.dsl(), file)).isEqualTo(1);

            Bet imported = new BetListing(db.dsl()).newestFirst().getFirst();
            assertThat(imported.notes()).isEqualTo(note);
            assertThat(imported).usingRecursiveComparison().ignoringFields("id").isEqualTo(exported);
        }
    }

    @Test
    void aBadLineStopsTheImportWithItsNumberAndNothingIsWritten() throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.write(file, List.of(String.join(",", BetCsv.EXPORT_HEADER),
                ",m1,Arsenal,Chelsea,soccer_epl,EPL,2024-08-16T19:00:00Z,h2h,,home,2.10,10,pinnacle,,,,",
                ",m2,Arsenal,Chelsea,soccer_epl,EPL,2024-08-16T19:00:00Z,h2h,,home,0.90,10,pinnacle,,,,"));
        try (Database db = TestDatabase.fresh()) {
            assertThatThrownBy(() -> BetCsv.importInto(db.dsl(), file)).hasMessageContaining("line 3")
                    .hasMessageContaining("odds must be greater than 1");
            assertThat(new BetListing(db.dsl()).newestFirst()).isEmpty();
        }
    }

    @Test
    void totalsAndSpreadsBetsExportTheirMarketAndPointAndImportBackOnTheSameLines() throws Exception {
        Path file = folder.resolve("lines.csv");
        List<Bet> exported;
        try (Database db = TestDatabase.fresh()) {
            BetRepository bets = new BetRepository(db.dsl());
            bets.insert(line("m1", Market.TOTALS, "2.75", Outcome.OVER));
            bets.insert(line("m2", Market.SPREADS, "-0.25", Outcome.AWAY));
            bets.insert(Fixtures.bet("m3", Outcome.DRAW, "3.40", "5.00"));
            exported = new BetListing(db.dsl()).newestFirst();
            BetCsv.write(exported, file);
        }
        assertThat(Files.readString(file)).contains(",totals,2.75,over,", ",spreads,-0.25,away,", ",h2h,,draw,");
        try (Database db = TestDatabase.fresh()) {
            assertThat(BetCsv.importInto(db.dsl(), file)).isEqualTo(3);

            assertThat(new BetListing(db.dsl()).newestFirst()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .containsExactlyInAnyOrderElementsOf(exported);
        }
    }

    @Test
    void aFileOfTheOneMarketEraWithoutMarketOrPointColumnsImportsAs1X2() throws Exception {
        Path file = folder.resolve("old.csv");
        Files.write(file, List.of("match_id,home_team,away_team,sport,league,commence_time,outcome,odds,stake,bookmaker",
                "m1,Arsenal,Chelsea,soccer_epl,EPL,2024-08-16T19:00:00Z,draw,3.40,10,pinnacle"));

        assertThat(BetCsv.read(file)).singleElement().satisfies(b -> {
            assertThat(b.market()).isEqualTo(Market.H2H);
            assertThat(b.point()).isNull();
        });
    }

    @Test
    void aDrawOnSpreadsOrAPointOffTheQuarterGridStopsTheImportNamingTheField() throws Exception {
        Path draw = folder.resolve("draw.csv");
        Files.write(draw, List.of(String.join(",", BetCsv.EXPORT_HEADER),
                ",m1,Arsenal,Chelsea,soccer_epl,EPL,2024-08-16T19:00:00Z,spreads,0.5,draw,2.10,10,pinnacle,,,,"));
        Path offGrid = folder.resolve("grid.csv");
        Files.write(offGrid, List.of(String.join(",", BetCsv.EXPORT_HEADER),
                ",m1,Arsenal,Chelsea,soccer_epl,EPL,2024-08-16T19:00:00Z,totals,2.3,over,2.10,10,pinnacle,,,,"));

        assertThatThrownBy(() -> BetCsv.read(draw)).hasMessage("line 2: outcome: a spreads bet backs home or away, not draw");
        assertThatThrownBy(() -> BetCsv.read(offGrid)).hasMessage("line 2: point: must be a multiple of 0.25 (got 2.3)");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() throws Exception {
        Path file = folder.resolve("short.csv");
        Files.write(file, List.of("match_id,odds", "m1,2.0"));

        assertThatThrownBy(() -> BetCsv.read(file)).hasMessageContaining("column 'home_team' is missing");
    }

    private static NewBet line(String match, Market market, String point, Outcome outcome) {
        NewBet h2h = Fixtures.bet(match, Outcome.HOME, "1.95", "8.00");
        return NewBet.of(h2h.matchId(), h2h.homeTeam(), h2h.awayTeam(), h2h.sport(), h2h.league(), h2h.commenceTime(), outcome,
                h2h.odds(), h2h.stake(), h2h.bookmaker(), market, new BigDecimal(point));
    }
}
