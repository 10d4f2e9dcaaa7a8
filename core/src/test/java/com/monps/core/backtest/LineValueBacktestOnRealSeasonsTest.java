package com.monps.core.backtest;

import com.monps.core.domain.Market;
import com.monps.core.history.FootballDataFile;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.testing.HistoryFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The totals and spreads backtest against a spreadsheet-style calculation written here from the definition of
 * docs/markets.md: one loop over the raw CSV lines of every shared season, no importer, no Line, no LineSettlement
 * (skipped when ../shared is absent).
 */
class LineValueBacktestOnRealSeasonsTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** At the default edge Bet365 rarely beats Pinnacle's fair line by 3 %; at 0 every quarter-line case shows up. */
    @ParameterizedTest(name = "{0} at edge {1}")
    @CsvSource({"TOTALS, 0.03, 10", "SPREADS, 0.03, 1", "TOTALS, 0.0, 50", "SPREADS, 0.0, 50"})
    void backtestAgreesWithAHandCalculationOnEverySharedSeason(Market market, double edge, int atLeast) throws IOException {
        List<Path> seasons = seasons();
        Sheet sheet = new Sheet();
        List<HistoricalMatch> matches = new ArrayList<>();
        for (Path season : seasons) {
            spreadsheet(season, market, edge, sheet);
            matches.addAll(FootballDataFile.read(season).matches());
        }

        LineBacktestReport report = new LineValueBacktest(market, edge).run(matches);

        assertThat(sheet.bets).isGreaterThanOrEqualTo(atLeast);
        assertThat(report.bets()).isEqualTo(sheet.bets);
        assertThat(List.of(report.won(), report.halfWon(), report.voided(), report.halfLost(), report.lost()))
                .isEqualTo(Arrays.stream(sheet.statuses).boxed().toList());
        assertThat(report.staked()).isEqualByComparingTo(BigDecimal.valueOf(sheet.bets));
        assertThat(report.profit()).isEqualByComparingTo(sheet.profit);
        assertThat(report.roiPct()).isCloseTo(sheet.profit.doubleValue() / sheet.bets * 100, within(1e-9));
        assertThat(report.clvBets()).isEqualTo(sheet.clvBets);
        if (sheet.clvBets == 0) {
            assertThat(report.avgClvPct()).isNull();
        } else {
            assertThat(report.avgClvPct()).isCloseTo(sheet.clvSum / sheet.clvBets, within(1e-9));
        }
        assertThat(report.lineMoved()).isEqualTo(sheet.lineMoved);
        if (market == Market.SPREADS && edge == 0) {
            assertThat(sheet.lineMoved).isPositive();
            assertThat(sheet.statuses[1] + sheet.statuses[3]).as("quarter lines settled by halves").isPositive();
        }
    }

    private static List<Path> seasons() throws IOException {
        assumeTrue(Files.isDirectory(HistoryFiles.SHARED_SEASONS), "shared seasons absent");
        try (Stream<Path> files = Files.list(HistoryFiles.SHARED_SEASONS)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static void spreadsheet(Path file, Market market, double edge, Sheet sheet) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(","));
        boolean totals = market == Market.TOTALS;
        String[] pin = totals ? new String[] {"P>2.5", "P<2.5"} : new String[] {"PAHH", "PAHA"};
        String[] b365 = totals ? new String[] {"B365>2.5", "B365<2.5"} : new String[] {"B365AHH", "B365AHA"};
        String[] close = totals ? new String[] {"PC>2.5", "PC<2.5"} : new String[] {"PCAHH", "PCAHA"};
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.split(",", -1);
            String homeGoals = text(cell, header, "FTHG");
            if (homeGoals.isEmpty()) {
                continue;
            }
            int goalsFor = Integer.parseInt(homeGoals);
            int goalsAgainst = Integer.parseInt(text(cell, header, "FTAG"));
            double p0 = number(cell, header, pin[0]);
            double p1 = number(cell, header, pin[1]);
            String b0 = text(cell, header, b365[0]);
            String b1 = text(cell, header, b365[1]);
            String lineText = totals ? "2.5" : text(cell, header, "AHh");
            if (Double.isNaN(p0 + p1 + number(cell, header, b365[0]) + number(cell, header, b365[1])) || lineText.isEmpty()) {
                continue;
            }
            double[] fair = {1 / p0 / (1 / p0 + 1 / p1), 1 / p1 / (1 / p0 + 1 / p1)};
            String[] prices = {b0, b1};
            double lineValue = Double.parseDouble(lineText);
            boolean moved = !totals && Double.parseDouble(text(cell, header, "AHCh")) != lineValue;
            for (int side = 0; side < 2; side++) {
                double price = Double.parseDouble(prices[side]);
                if (price * fair[side] - 1 <= edge) {
                    continue;
                }
                sheet.bets++;
                settle(sheet, new BigDecimal(prices[side]), totals, side, lineValue, goalsFor, goalsAgainst);
                double closing = number(cell, header, close[side]);
                if (moved) {
                    sheet.lineMoved++;
                } else if (!Double.isNaN(closing)) {
                    sheet.clvBets++;
                    sheet.clvSum += (price / closing - 1) * 100;
                }
            }
        }
    }

    /** Two half-stakes: a quarter line (x.25, x.75) splits into the lines 0.25 either side, else both are the line. */
    private static void settle(Sheet sheet, BigDecimal price, boolean totals, int side, double homeLine, int home, int away) {
        double line = totals ? homeLine : side == 0 ? homeLine : -homeLine;
        boolean quarter = Math.abs(line * 4) % 2 == 1;
        double[] halves = quarter ? new double[] {line - 0.25, line + 0.25} : new double[] {line, line};
        BigDecimal profit = BigDecimal.ZERO;
        int wins = 0;
        int losses = 0;
        for (double half : halves) {
            double d = totals ? (side == 0 ? home + away - half : half - (home + away))
                    : (side == 0 ? home - away : away - home) + half;
            if (d > 0) {
                wins++;
                profit = profit.add(HALF.multiply(price.subtract(BigDecimal.ONE)));
            } else if (d < 0) {
                losses++;
                profit = profit.subtract(HALF);
            }
        }
        // won, half won, void, half lost, lost
        int status = wins == 2 ? 0 : wins == 1 ? 1 : losses == 2 ? 4 : losses == 1 ? 3 : 2;
        sheet.statuses[status]++;
        sheet.profit = sheet.profit.add(profit.setScale(2, RoundingMode.HALF_UP));
    }

    private static String text(String[] cell, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= cell.length ? "" : cell[i].trim();
    }

    /** A price, or NaN when the cell is empty or 0 (the files' mark for a price they lack). */
    private static double number(String[] cell, List<String> header, String column) {
        String value = text(cell, header, column);
        return value.isEmpty() || value.equals("0") ? Double.NaN : Double.parseDouble(value);
    }

    private static final class Sheet {
        int bets;
        final int[] statuses = new int[5];
        BigDecimal profit = BigDecimal.ZERO;
        int clvBets;
        double clvSum;
        int lineMoved;
    }
}
