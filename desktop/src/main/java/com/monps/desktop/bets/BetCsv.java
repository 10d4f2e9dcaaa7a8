package com.monps.desktop.bets;

import com.monps.core.csv.CsvFile;
import com.monps.core.csv.CsvRow;
import com.monps.core.domain.Bet;
import com.monps.core.domain.Market;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import org.jooq.DSLContext;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Bets to and from CSV (comma-separated, header line, UTF-8, through {@link CsvFile}: a note may hold separators,
 * quotes and line breaks). Export writes every column a trader reads; import needs the ten columns that record a bet
 * and takes {@code market} and {@code point} (a file without them, or a blank market, is 1X2), {@code placed_at} and
 * {@code notes} when present. Import is all or nothing: the first bad line stops it with its line number and reason
 * (a draw on spreads, a point off the quarter grid: the field is named).
 */
public final class BetCsv {

    static final List<String> EXPORT_HEADER = List.of("placed_at", "match_id", "home_team", "away_team", "sport", "league",
            "commence_time", "market", "point", "outcome", "odds", "stake", "bookmaker", "status", "profit", "clv_percent",
            "notes");
    private static final List<String> REQUIRED = List.of("match_id", "home_team", "away_team", "sport", "league",
            "commence_time", "outcome", "odds", "stake", "bookmaker");

    private BetCsv() {
    }

    public static void write(List<Bet> bets, Path file) throws IOException {
        List<List<String>> rows = bets.stream().map(b -> List.of(b.placedAt().toString(), b.matchId(), b.homeTeam(),
                b.awayTeam(), b.sport(), text(b.league()), b.commenceTime().toString(), b.market().code(), plain(b.point()),
                b.outcome().code(),
                b.odds().toPlainString(), b.stake().toPlainString(), b.bookmaker(), b.status().code(), plain(b.profit()),
                plain(b.clvPercent()), text(b.notes()))).toList();
        CsvFile.write(file, EXPORT_HEADER, rows);
    }

    /** Reads the whole file first, then writes every bet in one transaction: a bad line writes nothing. */
    public static int importInto(DSLContext dsl, Path file) throws IOException {
        List<NewBet> bets = read(file);
        dsl.transaction(cfg -> {
            BetRepository inTransaction = new BetRepository(cfg.dsl());
            bets.forEach(inTransaction::insert);
        });
        return bets.size();
    }

    public static List<NewBet> read(Path file) throws IOException {
        List<CsvRow> rows = CsvFile.read(file);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the file is empty");
        }
        List<String> header = rows.getFirst().fields();
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException("column '" + column + "' is missing from the header");
            }
        }
        List<NewBet> bets = new ArrayList<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            if (row.isBroken()) {
                throw new IllegalArgumentException("line " + row.line() + ": " + row.problem());
            }
            try {
                bets.add(toBet(header, row.fields()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return bets;
    }

    private static NewBet toBet(List<String> header, List<String> cells) {
        NewBet bet = NewBet.of(cell(header, cells, "match_id"), cell(header, cells, "home_team"), cell(header, cells, "away_team"),
                cell(header, cells, "sport"), cell(header, cells, "league"), Instant.parse(cell(header, cells, "commence_time")),
                Outcome.fromCode(cell(header, cells, "outcome")), new BigDecimal(cell(header, cells, "odds")),
                new BigDecimal(cell(header, cells, "stake")), cell(header, cells, "bookmaker"),
                Market.fromCode(cell(header, cells, "market")), decimal(cell(header, cells, "point")));
        String placedAt = cell(header, cells, "placed_at");
        return (placedAt == null ? bet : bet.placedAt(Instant.parse(placedAt))).withNotes(cell(header, cells, "notes"));
    }

    private static String cell(List<String> header, List<String> cells, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= cells.size() || cells.get(index).isBlank() ? null : cells.get(index);
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("point: not a number (got " + text + ")", e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
