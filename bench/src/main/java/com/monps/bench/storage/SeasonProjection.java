package com.monps.bench.storage;

import com.monps.bench.BenchOptions;
import com.monps.bench.Report;

import java.util.Locale;

/**
 * Rows and bytes of one season of prices. A poll of one league's {@code /odds} returns every listed event with every
 * bookmaker and costs one credit per 10 bookmakers named; the credit budget therefore bounds the polls, and each poll
 * stores (events listed × bookmakers) rows.
 */
record SeasonProjection(int leagues, int bookmakers, int creditsPerMonth, int months, int eventsPerPoll, int matchesPerLeague) {

    static SeasonProjection fromOptions(BenchOptions options) {
        return new SeasonProjection(options.integer("storage.leagues", 3), options.integer("storage.bookmakers", 20),
                options.integer("storage.credits", 500), options.integer("storage.months", 10),
                options.integer("storage.events-per-poll", 10), options.integer("storage.matches-per-league", 380));
    }

    int creditsPerPoll() {
        return (bookmakers + 9) / 10;
    }

    long polls() {
        return (long) creditsPerMonth * months / creditsPerPoll();
    }

    long rows() {
        return polls() * eventsPerPoll * bookmakers;
    }

    void report(String benchmark, double bytesPerRow, Report report) {
        long matches = (long) leagues * matchesPerLeague;
        report.note(benchmark, String.format(Locale.ROOT,
                "season projection: %d credits/month x %d months / %d credits per poll (%d bookmakers) = %d polls over %d leagues;"
                        + " %d events listed per poll x %d bookmakers = %,d rows (%.1f captures per match and bookmaker)"
                        + " x %.0f B = %.1f MiB", creditsPerMonth, months, creditsPerPoll(), bookmakers, polls(), leagues,
                eventsPerPoll, bookmakers, rows(), rows() / (double) (matches * bookmakers), bytesPerRow,
                rows() * bytesPerRow / (1 << 20)));
        for (int captures : new int[]{10, 50, 200}) {
            long rows = matches * bookmakers * captures;
            report.note(benchmark, String.format(Locale.ROOT, "if every match were captured %d times per bookmaker: %,d rows = %.1f MiB",
                    captures, rows, rows * bytesPerRow / (1 << 20)));
        }
    }
}
