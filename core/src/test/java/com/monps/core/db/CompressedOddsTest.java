package com.monps.core.db;

import com.monps.core.agents.Market;
import com.monps.core.agents.MarketReader;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.history.ImportSummary;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.testing.Compression;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.monps.core.jooq.Tables.ODDS_LATEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every read and write of odds_h2h on compressed chunks (V71, TimescaleDB 2.17 and 2.28): match detail's history,
 * a scan as of a past moment, odds_latest kept by its triggers, and the import of seasons landing in old chunks.
 * Skips on plain PostgreSQL, where nothing compresses.
 */
@Tag("engine") // also run on each TimescaleDB version by CI (profile "timescaledb")
class CompressedOddsTest {

    /** Three weeks of prices, across two 28-day chunks. */
    private static final Instant KICK_OFF = Instant.parse("2024-03-30T15:00:00Z");
    private static final Instant FIRST = KICK_OFF.minus(Duration.ofDays(21));

    @TempDir
    Path folder;
    private Database db;
    private MatchRepository matches;
    private OddsRepository odds;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        Compression.assumeHypertable(db);
        matches = new MatchRepository(db.dsl());
        odds = new OddsRepository(db.dsl());
        matches.upsert(List.of(match("m1", KICK_OFF), match("m2", KICK_OFF.plus(Duration.ofDays(1)))));
        List<OddsSnapshot> rows = new ArrayList<>();
        for (int day = 0; day <= 21; day++) {
            Instant at = FIRST.plus(Duration.ofDays(day)).minus(Duration.ofMinutes(1));
            for (String bookmaker : List.of("bet365", "pinnacle", "unibet_eu")) {
                rows.add(price("m1", bookmaker, home(day), at));
                rows.add(price("m2", bookmaker, home(day + 1), at));
            }
        }
        odds.append(rows);
        assertThat(Compression.compressAllChunks(db)).as("chunks compressed").isEqualTo(2);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void matchDetailReadsTheWholePriceHistoryInOrder() {
        List<OddsSnapshot> history = odds.history("m1");

        assertThat(history).hasSize(66);
        assertThat(history).extracting(OddsSnapshot::collectedAt).isSorted();
        assertThat(history.getFirst()).extracting(OddsSnapshot::bookmaker, OddsSnapshot::home)
                .containsExactly("bet365", new BigDecimal("3.000"));
        assertThat(history.getLast()).extracting(OddsSnapshot::bookmaker, OddsSnapshot::home)
                .containsExactly("unibet_eu", new BigDecimal(home(21)).setScale(3));
        assertThat(odds.lastAtOrBefore("m1", "pinnacle", FIRST.plus(Duration.ofDays(10)))).get()
                .extracting(OddsSnapshot::home).isEqualTo(new BigDecimal(home(10)).setScale(3));
    }

    @Test
    void aScanAsOfAPastMomentReadsThePricesOfThatMoment() {
        Instant asOf = FIRST.plus(Duration.ofDays(5)).plus(Duration.ofHours(12));

        List<Market> markets = new MarketReader(db.dsl()).upcoming(asOf, Duration.ofDays(30));

        assertThat(markets).extracting(m -> m.match().id()).containsExactly("m1", "m2");
        assertThat(markets.getFirst().latest().get("pinnacle").home()).isEqualByComparingTo(home(5));
        assertThat(markets.getLast().latest().get("bet365").home()).isEqualByComparingTo(home(6));
    }

    @Test
    void oddsLatestFoldsLateBatchesIntoCompressedChunksAndRecomputesFromThem() {
        // a late batch older than the stored closing price must not replace it; a newer one before kick-off must
        odds.merge(List.of(price("m1", "pinnacle", "9.00", KICK_OFF.minus(Duration.ofDays(3)).plusSeconds(7))));
        odds.merge(List.of(price("m1", "bet365", "2.22", KICK_OFF.minusSeconds(30))));
        assertThat(latest("m1")).containsExactly(
                tuple("bet365", new BigDecimal("2.220")),
                tuple("pinnacle", new BigDecimal(home(21)).setScale(3)),
                tuple("unibet_eu", new BigDecimal(home(21)).setScale(3)));

        // kick-off moved ten days earlier: odds_latest is recomputed from the compressed history
        matches.upsert(List.of(match("m1", KICK_OFF.minus(Duration.ofDays(10)))));
        assertThat(latest("m1")).containsExactly(
                tuple("bet365", new BigDecimal(home(11)).setScale(3)),
                tuple("pinnacle", new BigDecimal(home(11)).setScale(3)),
                tuple("unibet_eu", new BigDecimal(home(11)).setScale(3)));
    }

    @Test
    void pricesStoredBeforeTheirMatchCountOnceTheMatchArrives() {
        odds.append(List.of(price("late", "pinnacle", "1.80", FIRST.plus(Duration.ofDays(2))),
                price("late", "pinnacle", "1.70", FIRST.plus(Duration.ofDays(9)))));
        Compression.compressAllChunks(db);

        matches.upsert(List.of(match("late", FIRST.plus(Duration.ofDays(10)))));

        assertThat(latest("late")).containsExactly(tuple("pinnacle", new BigDecimal("1.700")));
    }

    @Test
    void importingSeasonsIntoCompressedChunksAddsNewRowsOnceAndKeepsOddsLatest() {
        String season = "E0,23/03/2024,15:00,Arsenal,Wolves,2,0,H,1.50,4.2,6.5,1.52,4.1,6.2,1.55,4.3,6.6,1.6,4.5,7,1.5,4.2,6.4,"
                + "1.45,4.5,7.5,1.47,4.4,7.0,1.48,4.6,7.6";
        FootballDataImporter importer = new FootballDataImporter(db);
        Path file = HistoryFiles.write(folder, "E0.csv", List.of(HistoryFiles.HEADER, season));

        ImportSummary first = importer.importFile(file); // COPY straight into compressed chunks
        Compression.compressAllChunks(db);
        ImportSummary again = importer.importFile(file); // every row stored already: the merge path on compressed chunks

        assertThat(first.oddsAdded()).isEqualTo(6);
        assertThat(again.oddsAdded()).isZero();
        String id = "fd:E0:2024-03-23:Arsenal:Wolves";
        assertThat(odds.history(id)).hasSize(6);
        assertThat(latest(id)).containsExactly(tuple("bet365", new BigDecimal("1.450")),
                tuple("pinnacle", new BigDecimal("1.480")), tuple("williamhill", new BigDecimal("1.470")));
    }

    private List<org.assertj.core.groups.Tuple> latest(String matchId) {
        return db.dsl().selectFrom(ODDS_LATEST).where(ODDS_LATEST.MATCH_ID.eq(matchId)).orderBy(ODDS_LATEST.BOOKMAKER)
                .fetch(r -> tuple(r.getBookmaker(), r.getHomeOdds()));
    }

    /** A price moving by a cent a day from 3.00. */
    private static String home(int day) {
        return new BigDecimal("3.00").subtract(new BigDecimal("0.01").multiply(BigDecimal.valueOf(day))).toPlainString();
    }

    private static Match match(String id, Instant kickOff) {
        return Match.upcoming(id, "soccer_epl", "EPL", kickOff, "Home " + id, "Away " + id);
    }

    private static OddsSnapshot price(String matchId, String bookmaker, String home, Instant at) {
        return new OddsSnapshot(matchId, bookmaker, new BigDecimal(home), new BigDecimal("3.40"), new BigDecimal("3.60"), at, at);
    }
}
