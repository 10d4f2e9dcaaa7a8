package com.monps.core.history;

import com.monps.core.db.Database;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.LineOddsRepository;
import com.monps.core.repo.OddsRepository;
import org.jooq.DSLContext;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads football-data.co.uk files into {@code matches}, {@code odds_h2h} and {@code odds_lines}: per match an opening and a
 * closing snapshot for each bookmaker that quoted all three outcomes, and for Bet365 and Pinnacle their over/under 2.5
 * and Asian handicap prices (the closing handicap line may differ from the opening one), timed as {@link KickOffs} documents. Each file is written in one
 * transaction after every row was validated, so a file is loaded whole (minus its bad rows, which are reported with
 * their line numbers) or not at all. Importing the same file again adds and changes nothing.
 */
public final class FootballDataImporter {

    private static final int BATCH = 100;

    private final DSLContext dsl;

    public FootballDataImporter(DSLContext dsl) {
        this.dsl = dsl;
    }

    public FootballDataImporter(Database database) {
        this(database.dsl());
    }

    public ImportSummary importFile(Path file) {
        return importFile(file, ImportProgress.NONE);
    }

    public ImportSummary importFiles(List<Path> files) {
        return importFiles(files, ImportProgress.NONE);
    }

    /** Imports each file in turn; a file that cannot be read is reported in the summary and the others still load. */
    public ImportSummary importFiles(List<Path> files, ImportProgress progress) {
        ImportSummary total = ImportSummary.empty();
        for (Path file : files) {
            try {
                total = total.plus(importFile(file, progress));
            } catch (HistoryFormatException e) {
                total = total.plus(ImportSummary.failed(e.getMessage()));
            }
        }
        return total;
    }

    /**
     * @throws HistoryFormatException if the file cannot be read or lacks the columns every row needs (nothing is written)
     */
    public ImportSummary importFile(Path file, ImportProgress progress) {
        ParsedFile parsed = FootballDataFile.read(file);
        List<HistoricalMatch> matches = parsed.matches();
        return dsl.transactionResult(cfg -> {
            MatchWriter writer = new MatchWriter(cfg.dsl());
            int added = 0;
            int updated = 0;
            for (int from = 0; from < matches.size(); from += BATCH) {
                MatchWriter.Counts counts = writer.write(matches.subList(from, Math.min(from + BATCH, matches.size())));
                added += counts.added();
                updated += counts.updated();
                progress.advanced(file, Math.min(from + BATCH, matches.size()), matches.size());
            }
            int odds = new OddsRepository(cfg.dsl()).merge(snapshots(matches));
            int lines = new LineOddsRepository(cfg.dsl()).merge(lineSnapshots(matches));
            return new ImportSummary(1, parsed.dataRows(), added, updated, matches.size() - added - updated, odds, lines,
                    parsed.problems(), List.of());
        });
    }

    static List<OddsSnapshot> snapshots(List<HistoricalMatch> matches) {
        List<OddsSnapshot> rows = new ArrayList<>(matches.size() * 12);
        for (HistoricalMatch m : matches) {
            addAll(rows, m, m.opening(), KickOffs::openingTime);
            addAll(rows, m, m.closing(), KickOffs::closingTime);
        }
        return rows;
    }

    /** The over/under 2.5 and Asian handicap prices as opening and closing snapshots, timed as the 1X2 ones. */
    static List<LinePrice> lineSnapshots(List<HistoricalMatch> matches) {
        List<LinePrice> rows = new ArrayList<>(matches.size() * 8);
        for (HistoricalMatch m : matches) {
            addLines(rows, m, m.openingLines(), KickOffs.openingTime(m.kickOff()));
            addLines(rows, m, m.closingLines(), KickOffs.closingTime(m.kickOff()));
        }
        return rows;
    }

    private static void addLines(List<LinePrice> rows, HistoricalMatch match, Lines lines, Instant at) {
        lines.totals().forEach((bookmaker, q) -> rows.add(new LinePrice(match.id(), bookmaker.key(), Market.TOTALS, q.point(),
                q.overHome(), q.underAway(), at, null)));
        lines.spreads().forEach((bookmaker, q) -> rows.add(new LinePrice(match.id(), bookmaker.key(), Market.SPREADS, q.point(),
                q.overHome(), q.underAway(), at, null)));
    }

    private static void addAll(List<OddsSnapshot> rows, HistoricalMatch match, Map<Bookmaker, Prices> prices,
                               Function<Instant, Instant> timing) {
        Instant at = timing.apply(match.kickOff());
        prices.forEach((bookmaker, p) ->
                rows.add(new OddsSnapshot(match.id(), bookmaker.key(), p.home(), p.draw(), p.away(), at, null)));
    }
}
