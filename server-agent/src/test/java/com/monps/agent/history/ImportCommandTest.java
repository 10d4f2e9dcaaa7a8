package com.monps.agent.history;

import com.monps.agent.AgentContexts;
import com.monps.core.db.Database;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static com.monps.core.jooq.Tables.MATCHES;
import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    private static final String ROW = "E0,09/08/2019,20:00,Liverpool,Norwich,4,1,H,1.14,10,19,1.12,8.5,21,1.15,9.59,18.05,"
            + "1.16,10,23,1.14,8.75,19.83,1.12,11,21,1.11,9,23,1.13,10.5,22.5";

    @TempDir
    Path folder;

    @Test
    void listsSkippedRowsAndPrintsASummary() {
        Path file = HistoryFiles.write(folder, "E0_1920.csv", List.of(HistoryFiles.HEADER, ROW, ROW.replace("09/08/2019", "9/13/2019")));
        try (Database db = TestDatabase.fresh()) {
            StringWriter out = new StringWriter();
            int exit = command(db, out).execute(file.toString());

            assertThat(exit).isZero();
            assertThat(out.toString())
                    .contains("skipped E0_1920.csv:3: Date '9/13/2019' is not dd/mm/yy or dd/mm/yyyy")
                    .contains("1 file(s), 2 rows: 1 matches added, 0 updated, 0 unchanged, 6 prices added, 0 line prices added, 1 rows skipped, 0 file(s) failed");
            assertThat(db.dsl().fetchCount(MATCHES)).isEqualTo(1);
        }
    }

    @Test
    void failsWhenAFileCannotBeRead() {
        try (Database db = TestDatabase.fresh()) {
            StringWriter out = new StringWriter();
            int exit = command(db, out).execute(folder.resolve("absent.csv").toString());

            assertThat(exit).isEqualTo(1);
            assertThat(out.toString()).contains("failed cannot read").contains("absent.csv");
        }
    }

    private static CommandLine command(Database db, StringWriter out) {
        CommandLine cli = new CommandLine(new ImportCommand(() -> AgentContexts.on(db)));
        cli.setOut(new PrintWriter(out));
        return cli;
    }
}
