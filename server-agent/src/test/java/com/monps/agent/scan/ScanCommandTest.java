package com.monps.agent.scan;

import com.monps.agent.AgentContexts;
import com.monps.core.db.Database;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static com.monps.core.jooq.Tables.JOB_RUNS;
import static com.monps.core.jooq.Tables.OPPORTUNITIES;
import static org.assertj.core.api.Assertions.assertThat;

class ScanCommandTest {

    @TempDir
    Path folder;

    @Test
    void scansImportedHistoryAsOfAPastMomentAndRecordsTheRun() {
        try (Database db = TestDatabase.fresh()) {
            new FootballDataImporter(db).importFile(HistoryFiles.write(folder, "E0.csv", List.of(HistoryFiles.HEADER, ScanJobTest.UPCOMING)));
            StringWriter out = new StringWriter();
            CommandLine cli = new CommandLine(new ScanCommand(() -> AgentContexts.on(db)));
            cli.setOut(new PrintWriter(out));

            int exit = cli.execute("--at", "2024-08-16T09:00:00Z", "--bankroll", "500");

            assertThat(exit).isZero();
            assertThat(out.toString()).contains("as of 2024-08-16T09:00:00Z: 1 upcoming markets, 3 opportunities written (bankroll 500");
            assertThat(db.dsl().fetchCount(OPPORTUNITIES)).isEqualTo(3);
            assertThat(db.dsl().select(JOB_RUNS.JOB, JOB_RUNS.STATUS, JOB_RUNS.ITEMS).from(JOB_RUNS).fetchOne().intoList())
                    .containsExactly("scan", "success", 3);
        }
    }
}
