package com.monps.desktop.bets;

import com.monps.core.db.Database;
import com.monps.core.domain.Bet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetListing;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                ",m1,Arsenal,Chelsea,soccer_epl,EPL,2024-08-16T19:00:00Z,home,2.10,10,pinnacle,,,,",
                ",m2,Arsenal,Chelsea,soccer_epl,EPL,2024-08-16T19:00:00Z,home,0.90,10,pinnacle,,,,"));
        try (Database db = TestDatabase.fresh()) {
            assertThatThrownBy(() -> BetCsv.importInto(db.dsl(), file)).hasMessageContaining("line 3")
                    .hasMessageContaining("odds must be greater than 1");
            assertThat(new BetListing(db.dsl()).newestFirst()).isEmpty();
        }
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() throws Exception {
        Path file = folder.resolve("short.csv");
        Files.write(file, List.of("match_id,odds", "m1,2.0"));

        assertThatThrownBy(() -> BetCsv.read(file)).hasMessageContaining("column 'home_team' is missing");
    }
}
