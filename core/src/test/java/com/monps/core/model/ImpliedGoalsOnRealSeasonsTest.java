package com.monps.core.model;

import com.monps.core.history.Bookmaker;
import com.monps.core.history.FootballDataFile;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.LineQuote;
import com.monps.core.history.Prices;
import com.monps.core.odds.DevigMethod;
import com.monps.core.odds.FairProbabilities;
import com.monps.core.testing.HistoryFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Pinnacle's closing markets of the shared seasons: every 1X2 with its over/under 2.5 implies goal expectancies, and
 * the grid they give prices Pinnacle's closing Asian handicap (its de-vigged pair at {@code AHCh}, a market the solve
 * never saw) better with ρ solved than from the 1X2 alone, where ρ = −0.05 (the CLV job's choice) beats ρ = 0.
 */
class ImpliedGoalsOnRealSeasonsTest {

    @Test
    void everyPinnacleCloseOfTheSharedSeasonsImpliesGoalExpectanciesThatPriceItsHandicap() {
        List<Path> seasons = HistoryFiles.sharedSeasons();
        assumeFalse(seasons.isEmpty(), "shared seasons absent");
        int matches = 0;
        int maxIterations = 0;
        double errorSolved = 0;
        double errorFixed = 0;
        double errorPoisson = 0;
        for (Path season : seasons) {
            for (HistoricalMatch match : FootballDataFile.read(season).matches()) {
                Prices close = match.closing().get(Bookmaker.PINNACLE);
                LineQuote total = match.closingLines().totals().get(Bookmaker.PINNACLE);
                LineQuote handicap = match.closingLines().spreads().get(Bookmaker.PINNACLE);
                if (close == null || total == null || handicap == null || total.point().doubleValue() != 2.5) {
                    continue;
                }
                double[] x12 = devig(close.home().doubleValue(), close.draw().doubleValue(), close.away().doubleValue());
                double over = devig(total.overHome().doubleValue(), total.underAway().doubleValue())[0];
                double home = devig(handicap.overHome().doubleValue(), handicap.underAway().doubleValue())[0];
                double line = handicap.point().doubleValue();

                ImpliedGoals solved = ImpliedGoals.fromMatchOddsAndTotal(x12[0], x12[1], x12[2], over);
                assertThat(solved.maxResidual()).isLessThan(ImpliedGoals.TOLERANCE);
                maxIterations = Math.max(maxIterations, solved.iterations());
                errorSolved += Math.abs(solved.grid().asianHandicapHome(line).fairProbability() - home);
                errorFixed += Math.abs(ImpliedGoals.fromMatchOdds(x12[0], x12[1], x12[2], -0.05).grid()
                        .asianHandicapHome(line).fairProbability() - home);
                errorPoisson += Math.abs(ImpliedGoals.fromMatchOdds(x12[0], x12[1], x12[2], 0).grid()
                        .asianHandicapHome(line).fairProbability() - home);
                matches++;
            }
        }
        System.out.printf(Locale.ROOT, "%d matches, at most %d iterations; mean |error| on Pinnacle's closing handicap: "
                        + "rho solved %.5f, rho -0.05 %.5f, rho 0 %.5f%n", matches, maxIterations, errorSolved / matches,
                errorFixed / matches, errorPoisson / matches);

        assertThat(matches).isGreaterThan(4000);
        assertThat(maxIterations).isLessThanOrEqualTo(8);
        assertThat(errorSolved).isLessThan(errorFixed);
        assertThat(errorFixed).isLessThan(errorPoisson);
    }

    private static double[] devig(double... odds) {
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.MULTIPLICATIVE, odds);
        double[] p = new double[odds.length];
        for (int i = 0; i < odds.length; i++) {
            p[i] = fair.probability(i);
        }
        return p;
    }
}
