package com.monps.core.model;

import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.KickOffs;
import com.monps.core.history.Prices;
import com.monps.core.odds.DevigMethod;
import com.monps.core.odds.FairProbabilities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A walk-forward evaluation of the goal model with no look-ahead: in each season the model is refitted before every
 * match day on the season's matches played before that day (started from the previous day's fit), and that day's
 * matches are forecast; the first weeks of a season only train. The model, Pinnacle's de-vigged opening and closing
 * lines and blends of the model with Pinnacle's opening are scored on the same matches.
 */
public final class WalkForward {

    /**
     * @param trainingWeeks weeks from a season's first match day whose matches are only fitted, never scored
     * @param edge          the model EV above which a value bet is placed at Bet365's price
     * @param blendWeights  the model's weights w of the blends {@code w × model + (1 − w) × Pinnacle opening}
     */
    public record Options(double xi, int trainingWeeks, double edge, List<Double> blendWeights) {

        public static final Options DEFAULT = new Options(FitOptions.DEFAULT_XI, 8, 0.05, List.of(0.25, 0.5, 0.75));

        public Options {
            if (trainingWeeks < 1) {
                throw new IllegalArgumentException("trainingWeeks must be at least 1, got " + trainingWeeks);
            }
            blendWeights = List.copyOf(blendWeights);
        }
    }

    private final Options options;
    private final boolean warmStart;
    private final MatchScoring scoring;
    private int fits;
    private int iterations;
    private int skipped;
    private final List<String> failures = new ArrayList<>();

    private WalkForward(Options options, boolean warmStart) {
        this.options = options;
        this.warmStart = warmStart;
        this.scoring = new MatchScoring(options);
    }

    /** @param seasons the matches of each league season (e.g. one football-data file each), in any order */
    public static Scorecard evaluate(List<List<HistoricalMatch>> seasons, Options options) {
        return evaluate(seasons, options, true);
    }

    /**
     * @param warmStart start each refit from the previous day's fit (the same maximum in 2-3 Newton iterations instead
     *                  of 6-8); false refits from the neutral start, as a reference for the benchmark
     */
    public static Scorecard evaluate(List<List<HistoricalMatch>> seasons, Options options, boolean warmStart) {
        long started = System.nanoTime();
        WalkForward walk = new WalkForward(options, warmStart);
        for (List<HistoricalMatch> season : seasons) {
            walk.season(season);
        }
        return walk.scoring.scorecard(seasons.size(), walk.skipped, walk.fits, walk.iterations, walk.failures,
                (System.nanoTime() - started) / 1e6);
    }

    private void season(List<HistoricalMatch> season) {
        List<HistoricalMatch> played = season.stream().filter(HistoricalMatch::played)
                .sorted(Comparator.comparing(HistoricalMatch::kickOff)).toList();
        if (played.isEmpty()) {
            return;
        }
        TreeMap<LocalDate, List<HistoricalMatch>> days = new TreeMap<>();
        played.forEach(m -> days.computeIfAbsent(day(m), d -> new ArrayList<>()).add(m));
        List<PlayedMatch> matches = PlayedMatch.fromHistory(played);
        LocalDate firstScored = days.firstKey().plusWeeks(options.trainingWeeks());
        GoalModel previous = null;
        for (Map.Entry<LocalDate, List<HistoricalMatch>> day : days.tailMap(firstScored, true).entrySet()) {
            GoalModel fitted = fitBefore(matches, day.getKey(), previous);
            for (HistoricalMatch match : day.getValue()) {
                if (fitted == null || !scoring.score(match, fitted)) {
                    skipped++;
                }
            }
            previous = fitted == null ? previous : fitted;
        }
    }

    /**
     * The fit on the matches before the day, or null when it has no maximum (too few matches for ρ, a team that has
     * not scored yet): that day's matches are then not forecast, and the failure is counted, never papered over.
     */
    private GoalModel fitBefore(List<PlayedMatch> matches, LocalDate day, GoalModel previous) {
        fits++;
        try {
            GoalModel model = DixonColes.fit(matches, new FitOptions(options.xi(), Optional.of(day)), warmStart ? previous : null);
            iterations += model.report().iterations();
            return model;
        } catch (ModelFitException e) {
            failures.add(day + ": " + e.getMessage());
            return null;
        }
    }

    private static LocalDate day(HistoricalMatch match) {
        return match.kickOff().atZone(KickOffs.UK).toLocalDate();
    }

    /** The accumulators of every score, fed one forecast match at a time. */
    private static final class MatchScoring {

        private final Options options;
        private final ForecastScore.Accumulator model = new ForecastScore.Accumulator("model");
        private final ForecastScore.Accumulator opening = new ForecastScore.Accumulator("pinnacle_open");
        private final ForecastScore.Accumulator closing = new ForecastScore.Accumulator("pinnacle_close");
        private final List<ForecastScore.Accumulator> blends = new ArrayList<>();
        private final List<ForecastScore.Accumulator> devig = new ArrayList<>();
        private final CalibrationBin.Accumulator calibration = new CalibrationBin.Accumulator();
        private final ValueBetting.Accumulator value;
        private int scored;
        private int devigSample;

        MatchScoring(Options options) {
            this.options = options;
            this.value = new ValueBetting.Accumulator(options.edge());
            options.blendWeights().forEach(w -> blends.add(new ForecastScore.Accumulator(
                    String.format(Locale.ROOT, "blend_%.2f_model_pinnacle_open", w))));
            for (DevigMethod method : DevigMethod.values()) {
                devig.add(new ForecastScore.Accumulator(method.name().toLowerCase(Locale.ROOT)));
            }
        }

        /** Scores one match; false when it cannot be (a team the model does not know, or no Pinnacle prices). */
        boolean score(HistoricalMatch match, GoalModel fitted) {
            Prices open = match.opening().get(Bookmaker.PINNACLE);
            Prices close = match.closing().get(Bookmaker.PINNACLE);
            if (open == null || close == null || !fitted.knows(match.homeTeam()) || !fitted.knows(match.awayTeam())) {
                return false;
            }
            ScoreGrid grid = fitted.predict(match.homeTeam(), match.awayTeam());
            double[] forecast = {grid.homeWin(), grid.draw(), grid.awayWin()};
            double[] pinnacleOpen = fair(DevigMethod.MULTIPLICATIVE, open);
            double[] pinnacleClose = fair(DevigMethod.MULTIPLICATIVE, close);
            int result = switch (match.result()) {
                case HOME -> 0;
                case DRAW -> 1;
                case AWAY -> 2;
                default -> throw new IllegalStateException("a full-time result is home, draw or away, not " + match.result());
            };
            scored++;
            model.add(forecast, result);
            opening.add(pinnacleOpen, result);
            closing.add(pinnacleClose, result);
            calibration.add(forecast, result);
            for (int b = 0; b < blends.size(); b++) {
                blends.get(b).add(blend(options.blendWeights().get(b), forecast, pinnacleOpen), result);
            }
            scoreDevigMethods(close, result);
            Prices bet365 = match.opening().get(Bookmaker.BET365);
            if (bet365 != null) {
                value.add(forecast, bet365.asArray(), pinnacleClose, result);
            }
            return true;
        }

        /** Every method on the same matches: one a method cannot de-vig (e.g. additive with a longshot) is left out. */
        private void scoreDevigMethods(Prices close, int result) {
            DevigMethod[] methods = DevigMethod.values();
            double[][] fair = new double[methods.length][];
            try {
                for (int m = 0; m < methods.length; m++) {
                    fair[m] = fair(methods[m], close);
                }
            } catch (IllegalArgumentException e) {
                return;
            }
            devigSample++;
            for (int m = 0; m < methods.length; m++) {
                devig.get(m).add(fair[m], result);
            }
        }

        Scorecard scorecard(int seasons, int skipped, int fits, int iterations, List<String> failures, double millis) {
            List<ForecastScore> forecasts = new ArrayList<>(List.of(model.score(), opening.score(), closing.score()));
            blends.forEach(b -> forecasts.add(b.score()));
            return new Scorecard(seasons, scored, skipped, fits, iterations, failures, millis, forecasts, calibration.bins(), value.result(),
                    devigSample, devig.stream().map(ForecastScore.Accumulator::score).toList());
        }

        private static double[] fair(DevigMethod method, Prices prices) {
            return FairProbabilities.fromOdds(method, prices.asArray()).probabilities().stream()
                    .mapToDouble(Double::doubleValue).toArray();
        }

        private static double[] blend(double weight, double[] model, double[] market) {
            double[] p = new double[3];
            for (int i = 0; i < 3; i++) {
                p[i] = weight * model[i] + (1 - weight) * market[i];
            }
            return p;
        }
    }
}
