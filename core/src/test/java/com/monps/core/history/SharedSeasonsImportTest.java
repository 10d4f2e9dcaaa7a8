package com.monps.core.history;

import com.monps.core.db.Database;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.monps.core.jooq.Tables.MATCHES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real Premier League 2024/25 season (skipped when ../shared is absent). */
class SharedSeasonsImportTest {

    @Test
    void importsAWholeRealSeasonWithoutRejectingARow() {
        Path season = HistoryFiles.SHARED_SEASONS.resolve("E0_2425.csv");
        assumeTrue(season.toFile().isFile(), "shared seasons absent");
        try (Database db = TestDatabase.fresh()) {
            ImportSummary summary = new FootballDataImporter(db).importFile(season);

            assertThat(summary.problems()).isEmpty();
            assertThat(summary.matchesAdded()).isEqualTo(380);
            assertThat(db.dsl().fetchCount(MATCHES, MATCHES.COMPLETED.isTrue())).isEqualTo(380);
            // 2024/25 files carry B365, BW, PS and WH among our six (IW and VC stopped): at most 8 snapshots a match
            assertThat(summary.oddsAdded()).isBetween(380 * 6, 380 * 8);
        }
    }
}
