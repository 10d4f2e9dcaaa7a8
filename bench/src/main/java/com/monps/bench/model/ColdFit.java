package com.monps.bench.model;

import com.monps.core.history.FootballDataFile;
import com.monps.core.model.DixonColes;
import com.monps.core.model.FitOptions;
import com.monps.core.model.GoalModel;
import com.monps.core.model.PlayedMatch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The first fit of a fresh JVM: reads one season, then times {@code DixonColes.fit} on it, every class still to load
 * and every method still interpreted. Prints {@code read_ms fit_ms matches}; run by {@link GoalModelBenchmark}.
 */
public final class ColdFit {

    private ColdFit() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        List<PlayedMatch> matches = PlayedMatch.fromHistory(FootballDataFile.read(Path.of(args[0])).matches());
        long read = System.nanoTime();
        GoalModel model = DixonColes.fit(matches, FitOptions.DEFAULT);
        long fitted = System.nanoTime();
        System.out.printf(Locale.ROOT, "%.3f %.3f %d%n", (read - start) / 1e6, (fitted - read) / 1e6, model.matches());
    }
}
