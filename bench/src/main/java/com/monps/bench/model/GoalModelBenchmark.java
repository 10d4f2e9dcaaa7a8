package com.monps.bench.model;

import com.monps.bench.BenchOptions;
import com.monps.bench.BenchServer;
import com.monps.bench.Benchmark;
import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.bench.Timing;
import com.monps.core.model.DixonColes;
import com.monps.core.model.FitOptions;
import com.monps.core.model.GoalModel;
import com.monps.core.model.ScoreGrid;
import com.monps.core.model.Scorecard;
import com.monps.core.model.WalkForward;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The goal model's speed on the shared seasons: a season's fit warm and in a fresh JVM against the fit times
 * penaltyblog 1.9 reported for the same data (recorded in the reference file on this kind of machine), a fixture's
 * prediction against a bare Poisson grid, and the walk-forward of the eleven seasons against the same walk-forward
 * without warm starts. Skipped when the shared seasons or the reference are absent.
 */
public final class GoalModelBenchmark implements Benchmark {

    private static final String NAME = "goal-model";
    private static final String COLD_SEASON = "E0_2425.csv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchServer server, BenchOptions options, Report report) throws Exception {
        if (!SharedSeasons.present()) {
            report.note(NAME, "skipped: no seasons or reference in " + SharedSeasons.FOLDER.toAbsolutePath());
            return;
        }
        SharedSeasons seasons = SharedSeasons.read();
        coldFit(seasons, options.integer("goal-model.cold-runs", 5), report);
        warmFits(seasons, options.integer("goal-model.fits", 50), report);
        predictions(seasons, options.integer("goal-model.predict-rounds", 200), report);
        walkForward(seasons, options.integer("goal-model.walks", 3), report);
    }

    /** Median over fresh JVMs of the first fit; each JVM also reads the file first, which is reported beside it. */
    private static void coldFit(SharedSeasons seasons, int runs, Report report) throws Exception {
        double[] fits = new double[runs];
        double[] reads = new double[runs];
        for (int i = 0; i < runs; i++) {
            String[] figures = freshJvm(SharedSeasons.FOLDER.resolve(COLD_SEASON)).split(" ");
            reads[i] = Double.parseDouble(figures[0]);
            fits[i] = Double.parseDouble(figures[1]);
        }
        double fit = Timing.median(fits);
        double pb = seasons.penaltyblogMillis().get(COLD_SEASON);
        report.add(new Measurement(NAME, "fit " + COLD_SEASON + " in a fresh JVM (median of " + runs + ")", fit, "ms",
                "penaltyblog 1.9 fit, warm (reference file)", pb, "< 500 ms", fit < 500));
        report.note(NAME, String.format(Locale.ROOT, "the fresh JVMs read the file first in %.0f ms (median)", Timing.median(reads)));
    }

    private static void warmFits(SharedSeasons seasons, int fits, Report report) throws Exception {
        double ours = 0;
        double theirs = 0;
        double slowest = 0;
        String slowestSeason = null;
        for (String file : seasons.history().keySet()) {
            var matches = seasons.played(file);
            for (int i = 0; i < fits; i++) {
                DixonColes.fit(matches, FitOptions.DEFAULT);
            }
            double[] samples = new double[fits];
            for (int i = 0; i < fits; i++) {
                samples[i] = Timing.millis(() -> DixonColes.fit(matches, FitOptions.DEFAULT));
            }
            double median = Timing.median(samples);
            GoalModel model = DixonColes.fit(matches, FitOptions.DEFAULT);
            report.progress(NAME, String.format(Locale.ROOT, "%s: %d matches, %d iterations, %.2f ms (penaltyblog %.0f ms)",
                    file, model.matches(), model.report().iterations(), median, seasons.penaltyblogMillis().get(file)));
            ours += median;
            theirs += seasons.penaltyblogMillis().get(file);
            if (median > slowest) {
                slowest = median;
                slowestSeason = file;
            }
        }
        int n = seasons.history().size();
        report.add(new Measurement(NAME, "warm fit, mean of the " + n + " seasons (median of " + fits + " each)", ours / n,
                "ms", "penaltyblog 1.9 fit, mean (reference file)", theirs / n, "< 20 ms", ours / n < 20));
        report.add(new Measurement(NAME, "warm fit, slowest season (" + slowestSeason + ")", slowest, "ms",
                "penaltyblog 1.9 fit of it (reference file)", seasons.penaltyblogMillis().get(slowestSeason), "< 20 ms", slowest < 20));
    }

    /** Every fixture of a season's 20 teams, 380 a round, against the bare product of two Poisson vectors. */
    private static void predictions(SharedSeasons seasons, int rounds, Report report) throws Exception {
        GoalModel model = DixonColes.fit(seasons.played(COLD_SEASON), FitOptions.DEFAULT);
        List<String> teams = model.teams();
        double[] sink = new double[1];
        Timing.Work predict = () -> {
            for (String home : teams) {
                for (String away : teams) {
                    if (!home.equals(away)) {
                        ScoreGrid grid = model.predict(home, away);
                        sink[0] += grid.homeWin() + grid.over(2.5).win() + grid.asianHandicapHome(-0.25).win() + grid.bothTeamsToScore();
                    }
                }
            }
        };
        Timing.Work bare = () -> {
            for (String home : teams) {
                for (String away : teams) {
                    if (!home.equals(away)) {
                        sink[0] += bareGrid(model.lambdaHome(home, away), model.lambdaAway(home, away));
                    }
                }
            }
        };
        int fixtures = teams.size() * (teams.size() - 1);
        double ours = perFixture(predict, rounds, fixtures);
        double reference = perFixture(bare, rounds, fixtures);
        report.add(new Measurement(NAME, "predict a fixture: grid + 1X2, over 2.5, AH −0.25, BTTS", ours * 1000, "µs",
                "bare 16×16 Poisson product (no τ, no markets)", reference * 1000, "< 100 µs", ours < 0.1));
        report.note(NAME, "checksum " + sink[0]);
    }

    private static double perFixture(Timing.Work work, int rounds, int fixtures) throws Exception {
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        double[] samples = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            samples[i] = Timing.millis(work) / fixtures;
        }
        return Timing.median(samples);
    }

    private static double bareGrid(double lambdaHome, double lambdaAway) {
        double[] home = new double[ScoreGrid.SIZE];
        double[] away = new double[ScoreGrid.SIZE];
        home[0] = Math.exp(-lambdaHome);
        away[0] = Math.exp(-lambdaAway);
        for (int k = 1; k < ScoreGrid.SIZE; k++) {
            home[k] = home[k - 1] * lambdaHome / k;
            away[k] = away[k - 1] * lambdaAway / k;
        }
        double homeWin = 0;
        for (int h = 0; h < ScoreGrid.SIZE; h++) {
            for (int a = 0; a < h; a++) {
                homeWin += home[h] * away[a];
            }
        }
        return homeWin;
    }

    /** The evaluation as {@code model evaluate} runs it (warm-started refits) against cold refits, best of a few. */
    private static void walkForward(SharedSeasons seasons, int walks, Report report) throws Exception {
        List<Double> warm = new ArrayList<>();
        List<Double> cold = new ArrayList<>();
        Scorecard card = null;
        Scorecard coldCard = null;
        for (int i = 0; i < walks; i++) {
            long start = System.nanoTime();
            card = WalkForward.evaluate(seasons.all(), WalkForward.Options.DEFAULT);
            warm.add((System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            coldCard = WalkForward.evaluate(seasons.all(), WalkForward.Options.DEFAULT, false);
            cold.add((System.nanoTime() - start) / 1e6);
        }
        double ours = warm.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double reference = cold.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        report.add(new Measurement(NAME, "walk-forward of the " + card.seasons() + " seasons (" + card.fits() + " fits, "
                + card.matchesScored() + " matches scored), best of " + walks, ours, "ms",
                "the same with every refit started cold", reference, "< 10 000 ms", ours < 10_000));
        report.note(NAME, String.format(Locale.ROOT, "walk-forward: %d of %d fits had no maximum; Newton iterations %d warm, %d cold",
                card.fitFailures().size(), card.fits(), card.iterations(), coldCard.iterations()));
    }

    private static String freshJvm(Path season) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ColdFit.class.getName(), season.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the fresh JVM failed: " + output);
        }
        return output;
    }
}
