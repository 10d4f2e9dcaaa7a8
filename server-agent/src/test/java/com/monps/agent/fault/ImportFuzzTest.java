package com.monps.agent.fault;

import com.monps.agent.AgentContexts;
import com.monps.agent.history.ImportCommandAccess;
import com.monps.core.db.Database;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.ODDS_H2H;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import} fed malformed files (seeded random loops, reproducible from the seed in each message): random bytes,
 * huge and negative numbers, wrong types, missing and extra columns, quotes, NUL bytes. Every bad row is reported with
 * its line number, every good row is stored, nothing else is written, the command never crashes with a stack trace,
 * and importing the same file again changes nothing.
 */
class ImportFuzzTest {

    private static final String[] BAD_DATES = {"", "abc", "31/02/2019", "12/31/2019", "1e400", "\u0000", "\"unclosed", "∞"};
    private static final String[] BAD_GOALS = {"abc", "-1", "1e400", "99999999999999999999", "NaN", "1.5", "∞", "\u0000"};
    private static final String[] BAD_TEAMS = {"", "   "};

    @TempDir
    Path folder;

    @Test
    void everyBadRowIsReportedByLineAndOnlyGoodRowsAreStored() throws IOException {
        Random random = new Random(20261125);
        for (int round = 0; round < 25; round++) {
            List<String> lines = new ArrayList<>(List.of(HistoryFiles.HEADER));
            List<Integer> badLines = new ArrayList<>();
            int good = 0;
            for (int row = 0; row < 8; row++) {
                String valid = validRow(round, row);
                if (random.nextInt(3) == 0) {
                    lines.add(corrupt(valid, random));
                    badLines.add(lines.size());
                } else {
                    lines.add(valid);
                    good++;
                }
            }
            Path file = HistoryFiles.write(folder, "E0_fuzz" + round + ".csv", lines, random.nextBoolean(), random.nextBoolean());
            try (Database db = TestDatabase.fresh()) {
                ImportCommandAccess.Run first = ImportCommandAccess.run(AgentContexts.on(db), file);
                long prices = db.dsl().fetchCount(ODDS_H2H);
                ImportCommandAccess.Run again = ImportCommandAccess.run(AgentContexts.on(db), file);

                String seed = "round " + round + ", file:\n" + String.join("\n", lines);
                assertThat(first.error()).as(seed).doesNotContain("Exception");
                assertThat(first.exitCode()).as(seed).isZero();
                for (int line : badLines) {
                    assertThat(first.output()).as(seed).containsPattern("skipped " + file.getFileName() + ":" + line + ": \\S");
                }
                assertThat(db.dsl().fetchCount(MATCHES)).as(seed).isEqualTo(good);
                assertThat(db.dsl().fetchCount(ODDS_H2H.leftAntiJoin(MATCHES).on(MATCHES.ID.eq(ODDS_H2H.MATCH_ID)))).isZero();
                assertThat(again.output()).as(seed).contains("0 matches added, 0 updated").contains("0 prices added");
                assertThat(db.dsl().fetchCount(ODDS_H2H)).as(seed).isEqualTo(prices);
            }
        }
    }

    @Test
    void randomBytesFailTheFileOrSkipEveryRowAndWriteNothing() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 25; round++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            if (round % 2 == 0) {
                byte[] header = (HistoryFiles.HEADER + "\n").getBytes();
                byte[] both = new byte[header.length + bytes.length];
                System.arraycopy(header, 0, both, 0, header.length);
                System.arraycopy(bytes, 0, both, header.length, bytes.length);
                bytes = both;
            }
            Path file = Files.write(folder.resolve("E0_bytes" + round + ".csv"), bytes);
            try (Database db = TestDatabase.fresh()) {
                ImportCommandAccess.Run run = ImportCommandAccess.run(AgentContexts.on(db), file);

                assertThat(run.error()).as("round %d", round).doesNotContain("Exception");
                assertThat(run.output()).as("round %d", round).containsPattern("(skipped|failed|0 rows)");
                assertThat(db.dsl().fetchCount(MATCHES)).as("round %d", round).isZero();
                assertThat(db.dsl().fetchCount(ODDS_H2H)).as("round %d", round).isZero();
            }
        }
    }

    /** A played match with three bookmakers' opening and closing prices; teams and dates differ per round and row. */
    private static String validRow(int round, int row) {
        String date = String.format("%02d/%02d/2019", 1 + row * 3, 1 + round % 12);
        return "E0," + date + ",15:00,Home" + round + "x" + row + ",Away" + round + "x" + row + ",2,1,H,"
                + "2.10,3.40,3.60,2.05,3.30,3.70,2.12,3.45,3.65,2.20,3.50,3.80,2.08,3.38,3.62,"
                + "2.00,3.50,3.90,1.98,3.40,4.00,2.02,3.55,3.95";
    }

    /** One certain defect: a bad date, bad goals, a blank team, a team playing itself, or a row cut before its teams. */
    private static String corrupt(String row, Random random) {
        String[] fields = row.split(",", -1);
        switch (random.nextInt(5)) {
            case 0 -> fields[1] = pick(BAD_DATES, random);
            case 1 -> fields[5 + random.nextInt(2)] = pick(BAD_GOALS, random);
            case 2 -> fields[3 + random.nextInt(2)] = pick(BAD_TEAMS, random);
            case 3 -> fields[4] = fields[3];
            default -> {
                return String.join(",", java.util.Arrays.copyOf(fields, 1 + random.nextInt(4)));
            }
        }
        return String.join(",", fields);
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
