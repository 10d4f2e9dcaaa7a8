package com.monps.core.db;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.BetStats;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.domain.SettledBy;
import com.monps.core.odds.LineSettlement;
import com.monps.core.odds.SettlementResult;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.LineOddsRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.StatsRepository;
import com.monps.core.testing.TestDatabase;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.monps.core.jooq.Tables.ODDS_LINES_LATEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** V76: the line-market time series, its latest prices per point, and bets on totals and spreads. */
class LineMarketsSchemaTest {

    private static final Instant KICK_OFF = Instant.parse("2024-08-17T14:00:00Z");

    private Database db;
    private LineOddsRepository lines;
    private MatchRepository matches;
    private BetRepository bets;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        lines = new LineOddsRepository(db.dsl());
        matches = new MatchRepository(db.dsl());
        bets = new BetRepository(db.dsl());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void latestPricesAreKeptPerPointAtOrBeforeKickOffWhenSeveralLinesComeInOneBatch() {
        matches.upsert(List.of(match("m1")));
        lines.merge(List.of(
                line("pinnacle", Market.TOTALS, "2.5", "1.90", "2.00", KICK_OFF.minusSeconds(7200)),
                line("pinnacle", Market.TOTALS, "2.75", "2.10", "1.80", KICK_OFF.minusSeconds(7200)),
                line("pinnacle", Market.TOTALS, "2.5", "1.85", "2.05", KICK_OFF.minusSeconds(60)),
                line("pinnacle", Market.TOTALS, "2.5", "1.30", "3.50", KICK_OFF.plusSeconds(600)),
                line("pinnacle", Market.SPREADS, "-0.25", "1.95", "1.95", KICK_OFF.minusSeconds(60))));

        assertThat(latest(db.dsl())).containsExactly(
                tuple("pinnacle", "spreads", new BigDecimal("-0.25"), new BigDecimal("1.950")),
                tuple("pinnacle", "totals", new BigDecimal("2.50"), new BigDecimal("1.850")),
                tuple("pinnacle", "totals", new BigDecimal("2.75"), new BigDecimal("2.100")));
    }

    @Test
    void storingABatchTwiceAddsNothingAndPricesStoredBeforeTheirMatchCountOnceItIsStored() {
        List<LinePrice> batch = List.of(line("bet365", Market.SPREADS, "0.5", "1.80", "2.05", KICK_OFF.minusSeconds(60)));

        assertThat(lines.merge(batch)).isEqualTo(1);
        assertThat(lines.merge(batch)).isZero();
        assertThat(latest(db.dsl())).isEmpty();

        matches.upsert(List.of(match("m1")));

        assertThat(latest(db.dsl())).containsExactly(tuple("bet365", "spreads", new BigDecimal("0.50"), new BigDecimal("1.800")));
        assertThat(lines.history("m1")).hasSize(1);
    }

    @Test
    void theRowTriggerUsedOnOlderTimescaleKeepsTheSameRows() {
        db.dsl().execute("DROP TRIGGER odds_lines_latest_prices ON odds_lines");
        db.dsl().execute("CREATE TRIGGER odds_lines_latest_prices AFTER INSERT ON odds_lines"
                + " FOR EACH ROW EXECUTE FUNCTION monps_fold_latest_line()");
        matches.upsert(List.of(match("m1")));
        lines.merge(List.of(
                line("pinnacle", Market.TOTALS, "2.5", "1.90", "2.00", KICK_OFF.minusSeconds(60)),
                line("pinnacle", Market.TOTALS, "2.5", "1.30", "3.50", KICK_OFF.plusSeconds(600))));
        lines.merge(List.of(line("pinnacle", Market.TOTALS, "2.5", "2.40", "1.60", KICK_OFF.minusSeconds(86_400))));

        assertThat(latest(db.dsl())).containsExactly(tuple("pinnacle", "totals", new BigDecimal("2.50"), new BigDecimal("1.900")));
    }

    @Test
    void aLineBetIsStoredWithItsMarketAndPointAndAnH2hBetAsBefore() {
        long totals = bets.insert(bet(Outcome.OVER).on(Market.TOTALS, new BigDecimal("2.25")));
        long h2h = bets.insert(bet(Outcome.HOME));

        assertThat(bets.find(totals).orElseThrow()).extracting(b -> b.market(), b -> b.point(), b -> b.outcome())
                .containsExactly(Market.TOTALS, new BigDecimal("2.25"), Outcome.OVER);
        assertThat(bets.find(h2h).orElseThrow()).extracting(b -> b.market(), b -> b.point())
                .containsExactly(Market.H2H, null);
    }

    @Test
    void theDatabaseRefusesWhatNewBetRefuses() {
        String insert = """
                INSERT INTO bets (match_id, home_team, away_team, sport, commence_time, outcome, odds, stake, bookmaker, market, point)
                VALUES ('m1', 'Arsenal', 'Wolves', 'soccer_epl', '2024-08-17 14:00+00', '%s', 1.95, 10, 'bet365', '%s', %s)""";

        assertThatThrownBy(() -> db.dsl().execute(insert.formatted("draw", "spreads", "0"))).hasMessageContaining("bets_outcome_valid");
        assertThatThrownBy(() -> db.dsl().execute(insert.formatted("home", "h2h", "0.5"))).hasMessageContaining("bets_outcome_valid");
        assertThatThrownBy(() -> db.dsl().execute(insert.formatted("over", "totals", "NULL"))).hasMessageContaining("bets_outcome_valid");
        assertThatThrownBy(() -> db.dsl().execute(insert.formatted("over", "totals", "2.3"))).hasMessageContaining("bets_point_quarter");
        assertThatThrownBy(() -> db.dsl().execute(insert.formatted("over", "corners", "9.5"))).hasMessageContaining("bets_market_valid");
        assertThat(db.dsl().execute(insert.formatted("under", "totals", "2.75"))).isEqualTo(1);
    }

    @Test
    void aHalfStatusMustCarryTheProfitOfItsHalvesAndNeverSettlesAnH2hBet() {
        long spreads = bets.insert(bet(Outcome.AWAY).on(Market.SPREADS, new BigDecimal("0.25")));
        long h2h = bets.insert(bet(Outcome.HOME));
        String settle = "UPDATE bets SET status = 'half_won', payout = %s, profit = %s, settled_by = 'manual',"
                + " settled_at = now() WHERE id = %d";

        assertThatThrownBy(() -> db.dsl().execute(settle.formatted("19.50", "9.50", spreads)))
                .hasMessageContaining("bets_settlement_consistent");
        assertThatThrownBy(() -> db.dsl().execute(settle.formatted("14.75", "4.75", h2h)))
                .hasMessageContaining("bets_settlement_consistent");
        // 10 × 1.95 on away +0.25, 1-1: half on 0 pushes, half on +0.5 wins 5 × 0.95 = 4.75
        assertThat(db.dsl().execute(settle.formatted("14.75", "4.75", spreads))).isEqualTo(1);
    }

    @Test
    void everyComputedLineSettlementSatisfiesTheDatabaseIncludingOddCents() {
        long halfLost = bets.insert(bet(Outcome.OVER, "10.01", "1.95").on(Market.TOTALS, new BigDecimal("2.25")));
        long halfWon = bets.insert(bet(Outcome.OVER, "10.01", "1.97").on(Market.TOTALS, new BigDecimal("2.75")));

        assertThat(settle(halfLost, Market.TOTALS, Outcome.OVER, "2.25", "10.01", "1.95", 1, 1)).isTrue();
        assertThat(settle(halfWon, Market.TOTALS, Outcome.OVER, "2.75", "10.01", "1.97", 2, 1)).isTrue();

        assertThat(bets.find(halfLost).orElseThrow()).extracting(b -> b.status(), b -> b.profit(), b -> b.payout())
                .containsExactly(BetStatus.HALF_LOST, new BigDecimal("-5.01"), new BigDecimal("5.00"));
        assertThat(bets.find(halfWon).orElseThrow()).extracting(b -> b.status(), b -> b.profit(), b -> b.payout())
                .containsExactly(BetStatus.HALF_WON, new BigDecimal("4.85"), new BigDecimal("14.86"));
    }

    @Test
    void statisticsCountHalfStatusesApartFromTheHitRateButInTheRoi() {
        long won = bets.insert(bet(Outcome.OVER).on(Market.TOTALS, new BigDecimal("2.5")));
        long lost = bets.insert(bet(Outcome.HOME));
        long halfWon = bets.insert(bet(Outcome.AWAY).on(Market.SPREADS, new BigDecimal("0.25")));
        long halfLost = bets.insert(bet(Outcome.HOME).on(Market.SPREADS, new BigDecimal("-0.25")));
        long voided = bets.insert(bet(Outcome.OVER).on(Market.TOTALS, new BigDecimal("2")));
        settle(won, Market.TOTALS, Outcome.OVER, "2.5", "10.00", "1.95", 2, 1);      // +9.50
        settle(lost, Market.H2H, Outcome.HOME, null, "10.00", "1.95", 1, 1);          // -10.00
        settle(halfWon, Market.SPREADS, Outcome.AWAY, "0.25", "10.00", "1.95", 1, 1); // +4.75
        settle(halfLost, Market.SPREADS, Outcome.HOME, "-0.25", "10.00", "1.95", 1, 1); // -5.00
        settle(voided, Market.TOTALS, Outcome.OVER, "2", "10.00", "1.95", 1, 1);      // 0

        BetStats stats = new StatsRepository(db.dsl()).betStats();

        assertThat(stats.wins()).isEqualTo(1);
        assertThat(stats.losses()).isEqualTo(1);
        assertThat(stats.halfWins()).isEqualTo(1);
        assertThat(stats.halfLosses()).isEqualTo(1);
        assertThat(stats.voids()).isEqualTo(1);
        // hit rate = 1 win / (1 win + 1 loss); ROI = (9.50 - 10.00 + 4.75 - 5.00) / 40.00 stakes of decided bets
        assertThat(stats.hitRate()).isEqualByComparingTo("50.00");
        assertThat(stats.roi()).isEqualByComparingTo("-1.88");
        assertThat(stats.totalProfit()).isEqualByComparingTo("-0.75");
    }

    @Test
    void theMigrationKeepsTheBetsStoredBeforeItAsH2hBetsWithTheSameStatistics() {
        DatabaseConfig config = TestDatabase.emptyDatabase();
        Flyway.configure().dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration").target("70").load().migrate();
        try (Database old = Database.connect(config)) {
            old.dsl().execute("""
                    INSERT INTO bets (match_id, home_team, away_team, sport, commence_time, outcome, odds, stake, bookmaker,
                                      status, result, payout, profit, settled_by, settled_at)
                    VALUES ('m1', 'Arsenal', 'Wolves', 'soccer_epl', '2024-08-17 14:00+00', 'home', 2.10, 10, 'bet365',
                            'won', 'home', 21.00, 11.00, 'auto', now()),
                           ('m2', 'Arsenal', 'Wolves', 'soccer_epl', '2024-08-24 14:00+00', 'draw', 3.40, 5, 'bet365',
                            'pending', NULL, NULL, NULL, NULL, NULL)""");

            old.migrate();

            assertThat(old.dsl().fetch("SELECT market, point FROM bets ORDER BY id").map(r -> tuple(r.get(0), r.get(1))))
                    .containsExactly(tuple("h2h", null), tuple("h2h", null));
            BetStats stats = new StatsRepository(old.dsl()).betStats();
            assertThat(stats.totalBets()).isEqualTo(2);
            assertThat(stats.wins()).isEqualTo(1);
            assertThat(stats.halfWins()).isZero();
            assertThat(stats.roi()).isEqualByComparingTo("110.00");
        }
    }

    private boolean settle(long id, Market market, Outcome side, String point, String stake, String odds, int home, int away) {
        SettlementResult result = com.monps.core.odds.Settlement.settle(market, side, point == null ? null : new BigDecimal(point),
                new BigDecimal(stake), new BigDecimal(odds), home, away);
        return bets.settle(id, result, SettledBy.AUTO, KICK_OFF.plusSeconds(10_800));
    }

    private static List<Tuple> latest(DSLContext dsl) {
        return dsl.selectFrom(ODDS_LINES_LATEST)
                .orderBy(ODDS_LINES_LATEST.BOOKMAKER, ODDS_LINES_LATEST.MARKET, ODDS_LINES_LATEST.POINT)
                .fetch(r -> tuple(r.getBookmaker(), r.getMarket(), r.getPoint(), r.getOverHomeOdds()));
    }

    private static Match match(String id) {
        return Match.upcoming(id, "soccer_epl", "EPL", KICK_OFF, "Arsenal", "Wolves");
    }

    private static LinePrice line(String bookmaker, Market market, String point, String first, String second, Instant at) {
        return new LinePrice("m1", bookmaker, market, new BigDecimal(point), new BigDecimal(first), new BigDecimal(second), at, null);
    }

    private static NewBet bet(Outcome outcome) {
        return bet(outcome, "10.00", "1.95");
    }

    private static NewBet bet(Outcome outcome, String stake, String odds) {
        return new NewBet("m1", "Arsenal", "Wolves", "soccer_epl", "EPL", KICK_OFF, outcome, new BigDecimal(odds),
                new BigDecimal(stake), "bet365", null, null, null, false, null, null, null,
                outcome == Outcome.OVER ? Market.TOTALS : Market.H2H, outcome == Outcome.OVER ? new BigDecimal("2.5") : null);
    }
}
