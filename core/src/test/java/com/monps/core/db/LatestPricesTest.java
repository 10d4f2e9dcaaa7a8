package com.monps.core.db;

import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static com.monps.core.jooq.Tables.ODDS_LATEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code odds_latest} (V70): the last price at or before kick-off per match and bookmaker, whoever writes the prices. */
@Tag("engine") // also run on each TimescaleDB version by CI (profile "timescaledb")
class LatestPricesTest {

    private static final Instant KICK_OFF = Instant.parse("2024-08-17T14:00:00Z");

    private Database db;
    private OddsRepository odds;
    private MatchRepository matches;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        odds = new OddsRepository(db.dsl());
        matches = new MatchRepository(db.dsl());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void keepsTheLastPriceAtOrBeforeKickOffAndNeverAnInPlayOne() {
        matches.upsert(List.of(match("m1", KICK_OFF)));
        odds.append(List.of(
                price("m1", "pinnacle", "2.10", KICK_OFF.minusSeconds(7200)),
                price("m1", "pinnacle", "2.05", KICK_OFF),
                price("m1", "pinnacle", "1.40", KICK_OFF.plusSeconds(1200)),
                price("m1", "bet365", "2.20", KICK_OFF.minusSeconds(600))));

        assertThat(latest(db.dsl())).containsExactly(
                tuple("m1", "bet365", new BigDecimal("2.200")),
                tuple("m1", "pinnacle", new BigDecimal("2.050")));
    }

    @Test
    void anOlderBatchStoredLaterDoesNotReplaceANewerPrice() {
        matches.upsert(List.of(match("m1", KICK_OFF)));
        odds.append(List.of(price("m1", "pinnacle", "2.05", KICK_OFF.minusSeconds(60))));
        odds.merge(List.of(price("m1", "pinnacle", "2.40", KICK_OFF.minusSeconds(86_400))));

        assertThat(latest(db.dsl())).containsExactly(tuple("m1", "pinnacle", new BigDecimal("2.050")));

        odds.append(List.of(price("m1", "pinnacle", "1.95", KICK_OFF.minusSeconds(30))));

        assertThat(latest(db.dsl())).containsExactly(tuple("m1", "pinnacle", new BigDecimal("1.950")));
    }

    @Test
    void pricesStoredBeforeTheirMatchCountOnceTheMatchIsStored() {
        odds.append(List.of(price("m1", "pinnacle", "2.05", KICK_OFF.minusSeconds(60))));
        assertThat(latest(db.dsl())).isEmpty();

        matches.upsert(List.of(match("m1", KICK_OFF)));

        assertThat(latest(db.dsl())).containsExactly(tuple("m1", "pinnacle", new BigDecimal("2.050")));
    }

    @Test
    void aMovedKickOffRecomputesWhichPriceWasTheLastBeforeIt() {
        matches.upsert(List.of(match("m1", KICK_OFF)));
        odds.append(List.of(
                price("m1", "pinnacle", "2.10", KICK_OFF.minusSeconds(7200)),
                price("m1", "pinnacle", "2.05", KICK_OFF.minusSeconds(60)),
                price("m1", "pinnacle", "1.80", KICK_OFF.plusSeconds(1800))));

        matches.upsert(List.of(match("m1", KICK_OFF.minusSeconds(3600))));
        assertThat(latest(db.dsl())).containsExactly(tuple("m1", "pinnacle", new BigDecimal("2.100")));

        matches.upsert(List.of(match("m1", KICK_OFF.plusSeconds(3600))));
        assertThat(latest(db.dsl())).containsExactly(tuple("m1", "pinnacle", new BigDecimal("1.800")));
    }

    @Test
    void staysEqualToItsDefinitionThroughRandomBatchesReschedulesAndLateMatches() {
        Random random = new Random(70);
        List<String> stored = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            String matchId = "m" + random.nextInt(6);
            int action = random.nextInt(10);
            if (action < 2) {
                matches.upsert(List.of(match(matchId, KICK_OFF.plusSeconds(600L * (random.nextInt(13) - 6)))));
                stored.add(matchId);
            } else {
                List<OddsSnapshot> batch = new ArrayList<>();
                for (int row = random.nextInt(12); row >= 0; row--) {
                    String bookmaker = List.of("pinnacle", "bet365", "williamhill").get(random.nextInt(3));
                    String home = String.valueOf(1.5 + random.nextInt(100) / 100.0);
                    batch.add(price("m" + random.nextInt(6), bookmaker, home, KICK_OFF.plusSeconds(60L * (random.nextInt(240) - 180))));
                }
                odds.merge(batch.stream().collect(Collectors.toMap(
                        p -> p.matchId() + p.bookmaker() + p.collectedAt(), p -> p, (a, b) -> a)).values());
            }
        }

        assertThat(stored).isNotEmpty();
        assertThat(latest(db.dsl())).isEqualTo(db.dsl().fetch("""
                SELECT DISTINCT ON (o.match_id, o.bookmaker) o.match_id, o.bookmaker, o.home_odds
                FROM odds_h2h o JOIN matches m ON m.id = o.match_id
                WHERE o.collected_at <= m.commence_time
                ORDER BY o.match_id, o.bookmaker, o.collected_at DESC""")
                .map(r -> tuple(r.get(0, String.class), r.get(1, String.class), r.get(2, BigDecimal.class))));
    }

    /** TimescaleDB before 2.18 refuses transition tables on hypertables: V70 then folds row by row. */
    @Test
    void aStatementTriggerFoldsThePricesExceptOnTimescaleDbBefore218() {
        boolean rowTrigger = TestDatabase.timescaleVersion()
                .map(version -> Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray())
                .map(v -> v[0] < 2 || v[0] == 2 && v[1] < 18)
                .orElse(false);

        boolean forEachRow = db.dsl().fetchOne("""
                SELECT (tgtype & 1) = 1 FROM pg_trigger
                 WHERE tgrelid = 'odds_h2h'::regclass AND tgname = 'odds_h2h_latest_prices'""").get(0, Boolean.class);

        assertThat(forEachRow).isEqualTo(rowTrigger);
    }

    @Test
    void theRowTriggerUsedOnTimescaleHypertablesKeepsTheSameRows() {
        db.dsl().execute("DROP TRIGGER odds_h2h_latest_prices ON odds_h2h");
        db.dsl().execute("CREATE TRIGGER odds_h2h_latest_prices AFTER INSERT ON odds_h2h"
                + " FOR EACH ROW EXECUTE FUNCTION monps_fold_latest_price()");
        matches.upsert(List.of(match("m1", KICK_OFF)));
        odds.append(List.of(
                price("m1", "pinnacle", "2.10", KICK_OFF.minusSeconds(7200)),
                price("m1", "pinnacle", "2.05", KICK_OFF),
                price("m1", "pinnacle", "1.40", KICK_OFF.plusSeconds(1200))));
        odds.merge(List.of(price("m1", "pinnacle", "2.40", KICK_OFF.minusSeconds(86_400))));

        assertThat(latest(db.dsl())).containsExactly(tuple("m1", "pinnacle", new BigDecimal("2.050")));
    }

    @Test
    void theMigrationFillsTheTableFromPricesStoredBeforeIt() {
        DatabaseConfig config = TestDatabase.emptyDatabase();
        Flyway.configure().dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration").target("60").load().migrate();
        try (Database old = Database.connect(config)) {
            new MatchRepository(old.dsl()).upsert(List.of(match("m1", KICK_OFF)));
            new OddsRepository(old.dsl()).append(List.of(
                    price("m1", "pinnacle", "2.05", KICK_OFF.minusSeconds(60)),
                    price("m1", "pinnacle", "1.40", KICK_OFF.plusSeconds(60))));

            old.migrate();

            assertThat(latest(old.dsl())).containsExactly(tuple("m1", "pinnacle", new BigDecimal("2.050")));
        }
    }

    private static List<org.assertj.core.groups.Tuple> latest(DSLContext dsl) {
        return dsl.selectFrom(ODDS_LATEST).orderBy(ODDS_LATEST.MATCH_ID, ODDS_LATEST.BOOKMAKER)
                .fetch(r -> tuple(r.getMatchId(), r.getBookmaker(), r.getHomeOdds()));
    }

    private static Match match(String id, Instant kickOff) {
        return Match.upcoming(id, "soccer_epl", "EPL", kickOff, "Arsenal", "Wolves");
    }

    private static OddsSnapshot price(String matchId, String bookmaker, String home, Instant at) {
        return new OddsSnapshot(matchId, bookmaker, new BigDecimal(home), new BigDecimal("3.40"), new BigDecimal("3.60"), at, at);
    }
}
