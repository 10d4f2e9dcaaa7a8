package com.monps.agent.model;

import com.monps.core.model.FitOptions;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Optional;

/** The fit options shared by {@code model fit} and {@code model predict}. */
final class ModelOptions {

    @Option(names = "--xi", defaultValue = "0.0018", description = "Time decay per day (default ${DEFAULT-VALUE}).")
    double xi;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Fit only the matches played before this day, weighted from it (default: up to the last match).")
    LocalDate asOf;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    FitOptions fitOptions() {
        return new FitOptions(xi, Optional.ofNullable(asOf));
    }
}
