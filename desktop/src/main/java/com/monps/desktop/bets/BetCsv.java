package com.monps.desktop.bets;

import com.monps.core.domain.Bet;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Bets to and from CSV (comma-separated, header line, UTF-8). Export writes every column a trader reads; import needs the
 * ten columns that record a bet and takes {@code placed_at} and {@code notes} when present. Import is all or nothing:
 * the first bad line stops it with its number and reason.
 */
public final class BetCsv {

    static final List<String> EXPORT_HEADER = List.of("placed_at", "match_id", "home_team", "away_team", "sport", "league",
            "commence_time", "outcome", "odds", "stake", "bookmaker", "status", "profit", "clv_percent", "notes");
    private static final List<String> REQUIRED = EXPORT_HEADER.subList(1, 11);

    private BetCsv() {
    }

    public static void write(List<Bet> bets, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", EXPORT_HEADER) + "\n");
            for (Bet b : bets) {
                List<Object> values = List.of(b.placedAt(), b.matchId(), b.homeTeam(), b.awayTeam(), b.sport(), text(b.league()),
                        b.commenceTime(), b.outcome().code(), b.odds().toPlainString(), b.stake().toPlainString(), b.bookmaker(),
                        b.status().code(), plain(b.profit()), plain(b.clvPercent()), text(b.notes()));
                out.write(String.join(",", values.stream().map(v -> quote(v.toString())).toList()) + "\n");
            }
        }
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
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the file is empty");
        }
        List<String> header = split(lines.getFirst().replace("\uFEFF", ""));
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException("column '" + column + "' is missing from the header");
            }
        }
        List<NewBet> bets = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                bets.add(toBet(header, split(lines.get(i))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return bets;
    }

    private static NewBet toBet(List<String> header, List<String> cells) {
        NewBet bet = NewBet.of(cell(header, cells, "match_id"), cell(header, cells, "home_team"), cell(header, cells, "away_team"),
                cell(header, cells, "sport"), cell(header, cells, "league"), Instant.parse(cell(header, cells, "commence_time")),
                Outcome.fromCode(cell(header, cells, "outcome")), new BigDecimal(cell(header, cells, "odds")),
                new BigDecimal(cell(header, cells, "stake")), cell(header, cells, "bookmaker"));
        String placedAt = cell(header, cells, "placed_at");
        return (placedAt == null ? bet : bet.placedAt(Instant.parse(placedAt))).withNotes(cell(header, cells, "notes"));
    }

    private static String cell(List<String> header, List<String> cells, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= cells.size() || cells.get(index).isBlank() ? null : cells.get(index);
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
