package com.monps.agent.model;

import com.monps.core.testing.HistoryFiles;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A four-team double round robin, one match a Saturday from 3 Aug 2024, as a football-data file: every score is
 * written out, Bet365 opens at 2.20/3.40/3.60 and Pinnacle opens at 2.00/3.60/4.00 and closes at 2.10/3.50/3.80.
 */
final class SmallLeague {

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 8, 3);
    static final String[][] FIXTURES = {{"Ayr", "Bath"}, {"Cork", "Derby"}, {"Ayr", "Cork"}, {"Bath", "Derby"},
            {"Ayr", "Derby"}, {"Bath", "Cork"}, {"Bath", "Ayr"}, {"Derby", "Cork"}, {"Cork", "Ayr"}, {"Derby", "Bath"},
            {"Derby", "Ayr"}, {"Cork", "Bath"}};
    static final int[][] SCORES = {{2, 1}, {0, 0}, {1, 0}, {1, 1}, {3, 1}, {0, 1}, {1, 2}, {2, 2}, {0, 2}, {1, 0}, {0, 3}, {2, 0}};

    private SmallLeague() {
    }

    static Path write(Path folder) {
        List<String> lines = new ArrayList<>(List.of(HistoryFiles.HEADER));
        for (int i = 0; i < FIXTURES.length; i++) {
            int h = SCORES[i][0];
            int a = SCORES[i][1];
            String result = h > a ? "H" : h == a ? "D" : "A";
            String date = FIRST_DAY.plusWeeks(i).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            lines.add(String.join(",", "E0", date, "15:00", FIXTURES[i][0], FIXTURES[i][1], "" + h, "" + a, result,
                    "2.20,3.40,3.60", "2.10,3.40,3.70", "2.00,3.60,4.00", "2.20,3.60,4.00", "2.05,3.45,3.80",
                    "2.20,3.40,3.60", "2.10,3.40,3.70", "2.10,3.50,3.80"));
        }
        return HistoryFiles.write(folder, "E0_small.csv", lines);
    }
}
