package com.monps.core.backtest;

import com.monps.core.history.FootballDataFile;
import com.monps.core.testing.HistoryFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The engine's value-vs-pinnacle against a spreadsheet-style calculation written here from the strategy's definition:
 * one loop over the raw CSV lines, no importer, no engine (skipped when ../shared is absent).
 */
class ValueVsPinnacleOnRealSeasonTest {

    private static final double EDGE = 0.03;
    private static final String[] SOFT = {"B365", "BW", "IW", "WH", "VC"};
    private static final String[] SIDES = {"H", "D", "A"};

    @Test
    void engineAgreesWithAHandCalculationOnPremierLeague2019() throws IOException {
        Path season = HistoryFiles.SHARED_SEASONS.resolve("E0_1920.csv");
        assumeTrue(Files.isRegularFile(season), "shared seasons absent");

        Sheet sheet = spreadsheet(season);
        BacktestReport report = new BacktestEngine().run(FootballDataFile.read(season).matches(), new ValueVsPinnacle(EDGE),
                Staking.Flat.ONE_UNIT);

        assertThat(sheet.bets).isPositive();
        assertThat(report.bets()).isEqualTo(sheet.bets);
        assertThat(report.wins()).isEqualTo(sheet.wins);
        assertThat(report.staked().doubleValue()).isEqualTo(sheet.bets);
        assertThat(report.profit().doubleValue()).isCloseTo(sheet.profit, within(1e-9));
        assertThat(report.roiPct()).isCloseTo(sheet.profit / sheet.bets * 100, within(1e-9));
        assertThat(report.clvBets()).isEqualTo(sheet.clvBets);
        assertThat(report.avgClvPct()).isCloseTo(sheet.clvSum / sheet.clvBets, within(1e-9));
    }

    private static Sheet spreadsheet(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(","));
        Sheet sheet = new Sheet();
        for (String line : lines.subList(1, lines.size())) {
            String[] cell = line.split(",", -1);
            double psh = number(cell, header, "PSH");
            double psd = number(cell, header, "PSD");
            double psa = number(cell, header, "PSA");
            if (Double.isNaN(psh + psd + psa)) {
                continue;
            }
            double book = 1 / psh + 1 / psd + 1 / psa;
            double[] fair = {1 / psh / book, 1 / psd / book, 1 / psa / book};
            String result = cell[header.indexOf("FTR")];
            for (int side = 0; side < 3; side++) {
                double best = Double.NaN;
                for (String bookmaker : SOFT) {
                    double price = number(cell, header, bookmaker + SIDES[side]);
                    if (!Double.isNaN(price) && (Double.isNaN(best) || price > best)) {
                        best = price;
                    }
                }
                if (Double.isNaN(best) || best * fair[side] - 1 <= EDGE) {
                    continue;
                }
                sheet.bets++;
                boolean won = result.equals(SIDES[side]);
                sheet.wins += won ? 1 : 0;
                sheet.profit += won ? best - 1 : -1;
                double close = number(cell, header, "PSC" + SIDES[side]);
                if (!Double.isNaN(close)) {
                    sheet.clvBets++;
                    sheet.clvSum += (best / close - 1) * 100;
                }
            }
        }
        return sheet;
    }

    private static double number(String[] cell, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= cell.length || cell[i].isBlank() ? Double.NaN : Double.parseDouble(cell[i]);
    }

    private static final class Sheet {
        int bets;
        int wins;
        double profit;
        int clvBets;
        double clvSum;
    }
}
