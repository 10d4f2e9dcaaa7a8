package com.monps.core.db;

import com.monps.core.agents.LineMarket;
import com.monps.core.agents.LineMarketReader;
import com.monps.core.agents.LinePatternSample;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.repo.LineOddsRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.testing.Compression;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.monps.core.jooq.Tables.ODDS_LINES_LATEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * odds_lines on TimescaleDB (V76, V78): a hypertable compressed like odds_h2h, and every read and write of it on
 * compressed chunks: match detail's history, the scan's as-of read, the latest and closing prices kept by triggers and
 * recomputed from compressed chunks, agent C's closing lines, late batches merged into them. Skips on plain PostgreSQL.
 */
@Tag("engine") // also run on each TimescaleDB version by CI (profile "timescaledb")
class CompressedLinesTest {

    /** Three weeks of prices, across two 28-day chunks. */
    private static final Instant KICK_OFF = Instant.parse("2024-03-30T15:00:00Z");
    private static final Instant FIRST = KICK_OFF.minus(Duration.ofDays(21));

    private Database db;
    private MatchRepository matches;
    private LineOddsRepository lines;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        Compression.assumeHypertable(db);
        matches = new MatchRepository(db.dsl());
        lines = new LineOddsRepository(db.dsl());
        matches.upsert(List.of(Match.upcoming("m1", "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Wolves")));
        List<LinePrice> rows = new ArrayList<>();
        for (int day = 0; day <= 21; day++) {
            Instant at = FIRST.plus(Duration.ofDays(day)).minus(Duration.ofMinutes(1));
            for (String bookmaker : List.of("bet365", "pinnacle", "unibet_eu")) {
                rows.add(line(bookmaker, Market.TOTALS, "2.5", over(day), at));
                rows.add(line(bookmaker, Market.SPREADS, day < 10 ? "-0.25" : "-0.5", over(day), at));
            }
        }
        lines.merge(rows);
        assertThat(Compression.compressAllChunks(db, "odds_lines")).as("chunks compressed").isEqualTo(2);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void oddsLinesIsAHypertableCompressedByMatchInTheOrderOfTheLastPriceAtAPoint() {
        assertThat(db.dsl().fetchOne("""
                SELECT segmentby, orderby FROM timescaledb_information.hypertable_compression_settings
                 WHERE hypertable = 'odds_lines'::regclass""").intoArray())
                .containsExactly("match_id", "bookmaker,market,point,collected_at DESC");
        assertThat(new OddsStorage(Duration.ofDays(21), 0).apply(db.dsl()))
                .isEqualTo("storage: odds_h2h and odds_lines chunks compress after 21 days, kept forever");
        assertThat(db.dsl().fetchOne("""
                SELECT config ->> 'compress_after' FROM timescaledb_information.jobs
                 WHERE proc_name = 'policy_compression' AND hypertable_name = 'odds_lines'""").get(0, String.class))
                .isEqualTo("21 days");
    }

    @Test
    void matchDetailReadsTheWholeLineHistoryInOrder() {
        List<LinePrice> history = lines.history("m1");

        assertThat(history).hasSize(132);
        assertThat(history).extracting(LinePrice::collectedAt).isSorted();
        assertThat(history.getLast()).extracting(LinePrice::bookmaker, LinePrice::market, LinePrice::overHome)
                .containsExactly("unibet_eu", Market.TOTALS, new BigDecimal(over(21)).setScale(3));
    }

    @Test
    void aScanAsOfAPastMomentReadsTheLinesOfThatMoment() {
        Instant asOf = FIRST.plus(Duration.ofDays(5)).plus(Duration.ofHours(12));

        List<LineMarket> markets = new LineMarketReader(db.dsl()).upcoming(asOf, Duration.ofDays(30));

        // day 5's collection: spreads still at -0.25 (moved to -0.5 on day 10), every price of that day
        assertThat(markets).extracting(LineMarket::market, LineMarket::point)
                .containsExactly(tuple(Market.SPREADS, new BigDecimal("-0.25")), tuple(Market.TOTALS, new BigDecimal("2.50")));
        assertThat(markets.getLast().quotes().get("pinnacle").overHome()).isEqualByComparingTo(over(5));
    }

    @Test
    void latestAndClosingLinesAreKeptAndRecomputedFromCompressedChunks() {
        assertThat(latest()).contains(tuple("pinnacle", "spreads", new BigDecimal("-0.25"), new BigDecimal(over(9)).setScale(3)),
                tuple("pinnacle", "totals", new BigDecimal("2.50"), new BigDecimal(over(21)).setScale(3)));

        // a late batch older than the stored price does not replace it; a newer one before kick-off does
        lines.merge(List.of(line("pinnacle", Market.TOTALS, "2.5", "9.00", KICK_OFF.minus(Duration.ofDays(3)).plusSeconds(7)),
                line("bet365", Market.TOTALS, "2.5", "2.22", KICK_OFF.minusSeconds(30))));
        assertThat(latest()).contains(tuple("bet365", "totals", new BigDecimal("2.50"), new BigDecimal("2.220")),
                tuple("pinnacle", "totals", new BigDecimal("2.50"), new BigDecimal(over(21)).setScale(3)));

        // kick-off moved ten days earlier: recomputed from the compressed history
        matches.upsert(List.of(Match.upcoming("m1", "soccer_epl", "EPL", KICK_OFF.minus(Duration.ofDays(10)), "Arsenal", "Wolves")));
        assertThat(latest()).contains(tuple("pinnacle", "totals", new BigDecimal("2.50"), new BigDecimal(over(11)).setScale(3)),
                tuple("pinnacle", "spreads", new BigDecimal("-0.50"), new BigDecimal(over(11)).setScale(3)));

        // played: agent C reads its closing lines, the mean over the three bookmakers at each point
        Match played = new Match("m1", "soccer_epl", "EPL", KICK_OFF.minus(Duration.ofDays(10)), "Arsenal", "Wolves", true, false,
                2, 1, KICK_OFF);
        matches.upsert(List.of(played));
        List<LinePatternSample> closing = new LineMarketReader(db.dsl()).playedBefore(KICK_OFF);
        assertThat(closing).extracting(LinePatternSample::market, LinePatternSample::point, LinePatternSample::overHome)
                .containsExactly(tuple(Market.SPREADS, new BigDecimal("-0.50"), Double.parseDouble(over(11))),
                        tuple(Market.TOTALS, new BigDecimal("2.50"), Double.parseDouble(over(11))));
    }

    private List<org.assertj.core.groups.Tuple> latest() {
        return db.dsl().selectFrom(ODDS_LINES_LATEST).where(ODDS_LINES_LATEST.MATCH_ID.eq("m1"))
                .orderBy(ODDS_LINES_LATEST.BOOKMAKER, ODDS_LINES_LATEST.MARKET, ODDS_LINES_LATEST.POINT)
                .fetch(r -> tuple(r.getBookmaker(), r.getMarket(), r.getPoint(), r.getOverHomeOdds()));
    }

    /** A price moving by a cent a day from 2.30. */
    private static String over(int day) {
        return new BigDecimal("2.30").subtract(new BigDecimal("0.01").multiply(BigDecimal.valueOf(day))).toPlainString();
    }

    private static LinePrice line(String bookmaker, Market market, String point, String first, Instant at) {
        return new LinePrice("m1", bookmaker, market, new BigDecimal(point), new BigDecimal(first), new BigDecimal("1.70"), at, at);
    }
}
