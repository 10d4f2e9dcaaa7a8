package com.monps.bench.ingest;

import com.monps.core.db.Database;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.MatchRepository;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic price rows shaped like the collector's: each poll lists every match with every bookmaker's 1X2 prices
 * (Odds API style 32-hex match ids, real bookmaker keys, prices with 3 decimals), polls 30 minutes apart.
 */
public final class OddsRows {

    public static final List<String> BOOKMAKERS = List.of("pinnacle", "betfair_ex_eu", "williamhill", "bet365", "unibet_eu",
            "betsson", "marathonbet", "onexbet", "sport888", "betclic", "coolbet", "nordicbet", "matchbook", "everygame",
            "gtbets", "suprabets", "tipico_de", "winamax_fr", "betonlineag", "mybookieag");
    private static final Instant FIRST_POLL = Instant.parse("2024-08-01T08:00:00Z");
    /** Every generated match kicks off after its last poll, so every price counts for {@code odds_latest}. */
    public static final Instant KICK_OFF = FIRST_POLL.plus(Duration.ofDays(30));

    private OddsRows() {
    }

    /** About {@code rows} rows: {@code rows / (20 × polls)} matches, each seen by 20 bookmakers in every poll. */
    public static List<OddsSnapshot> generate(int rows, int polls, long seed) {
        Random random = new Random(seed);
        int matches = Math.max(1, rows / (BOOKMAKERS.size() * polls));
        List<String> matchIds = new ArrayList<>(matches);
        for (int m = 0; m < matches; m++) {
            matchIds.add(String.format("%016x%016x", random.nextLong(), random.nextLong()));
        }
        List<OddsSnapshot> out = new ArrayList<>(matches * BOOKMAKERS.size() * polls);
        for (int poll = 0; poll < polls; poll++) {
            Instant collectedAt = FIRST_POLL.plus(Duration.ofMinutes(30L * poll));
            for (String matchId : matchIds) {
                for (String bookmaker : BOOKMAKERS) {
                    out.add(new OddsSnapshot(matchId, bookmaker, price(random, 1.2, 6), price(random, 2.8, 4.5),
                            price(random, 1.2, 9), collectedAt, collectedAt.minusSeconds(random.nextInt(600))));
                }
            }
        }
        return out;
    }

    /** The matches the rows are prices of, kicking off after every poll. */
    public static List<Match> matchesOf(List<OddsSnapshot> rows) {
        return rows.stream().map(OddsSnapshot::matchId).distinct()
                .map(id -> Match.upcoming(id, "soccer_epl", "EPL", KICK_OFF, "Home " + id, "Away " + id))
                .toList();
    }

    /** Stores {@code matches} in statements of 1 000 (one statement of all of them would pass PostgreSQL's 65 535 parameters). */
    public static void storeMatches(Database db, List<Match> matches) {
        MatchRepository repository = new MatchRepository(db.dsl());
        for (int from = 0; from < matches.size(); from += 1000) {
            repository.upsert(matches.subList(from, Math.min(matches.size(), from + 1000)));
        }
    }

    /** The rows in COPY text format, exactly what {@code psql \copy} reads. Returns the file's size in bytes. */
    public static long writeCopyText(List<OddsSnapshot> rows, Path file) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (OddsSnapshot row : rows) {
                writer.write(row.matchId() + '\t' + row.bookmaker() + '\t' + row.home().toPlainString() + '\t'
                        + row.draw().toPlainString() + '\t' + row.away().toPlainString() + '\t' + row.collectedAt() + '\t'
                        + row.bookmakerLastUpdate() + '\n');
            }
        }
        return Files.size(file);
    }

    private static BigDecimal price(Random random, double low, double high) {
        return BigDecimal.valueOf(Math.round((low + random.nextDouble() * (high - low)) * 1000), 3);
    }
}
