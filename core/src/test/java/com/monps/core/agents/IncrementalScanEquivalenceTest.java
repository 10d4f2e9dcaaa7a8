package com.monps.core.agents;

import com.monps.core.db.Database;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.LineOddsRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two databases receive the same seeded sequence of polls (new 1X2 prices for some matches of one league and, for half
 * the matches, totals and spreads lines at three points each, a bookmaker sometimes no longer quoting a point; new
 * matches, moved kick-offs), results (matches completed, a score corrected), bankroll changes, agent restarts, scans as of an
 * earlier moment ({@code scan --at}) and the passing of time. After each step one is scanned incrementally ({@link OpportunityScan#scanChanges}) and the other fully
 * ({@link OpportunityScan#scan}): their boards must be the same, row for row: every column but the row id,
 * {@code detected_at} included (a scan leaves an opportunity whose figures did not change as it was, so both boards say
 * since when it has stood at them).
 */
class IncrementalScanEquivalenceTest {

    private static final String[] SPORTS = {"soccer_epl", "soccer_spain_la_liga", "soccer_germany_bundesliga"};
    private static final String[] BOOKMAKERS = {"pinnacle", "bet365", "betway", "williamhill", "unibet", "marathonbet"};
    private static final int TEAMS = 10;
    /** The points a line match is quoted at: totals goal lines and spreads home handicaps, whole, half and quarter. */
    private static final Map<Market, List<BigDecimal>> POINTS = Map.of(
            Market.TOTALS, List.of(new BigDecimal("2.25"), new BigDecimal("2.5"), new BigDecimal("2.75")),
            Market.SPREADS, List.of(new BigDecimal("-0.5"), new BigDecimal("-0.25"), BigDecimal.ZERO));
    /** C learns from few matches here, so that its verdicts are part of the board. */
    private static final ScanSettings SETTINGS = new ScanSettings(Duration.ofDays(14), AnomalySettings.DEFAULTS,
            KellySettings.DEFAULTS, 5, PatternMatcher.DEFAULT_SIGNIFICANCE);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void anIncrementalScanLeavesTheBoardAFullScanOfTheSameStateWrites(long seed) {
        try (Database incremental = TestDatabase.fresh(); Database full = TestDatabase.fresh()) {
            World world = new World(new Random(seed), List.of(incremental, full));
            AtomicReference<BigDecimal> bankroll = new AtomicReference<>(new BigDecimal("1000.00"));
            OpportunityScan incrementalScan = new OpportunityScan(incremental.dsl(), SETTINGS, bankroll::get);
            OpportunityScan fullScan = new OpportunityScan(full.dsl(), SETTINGS, bankroll::get);
            world.start();
            int incrementalRuns = 0;
            int opportunitiesSeen = 0;
            int lineOpportunitiesSeen = 0;
            for (int step = 0; step < 60; step++) {
                String what = switch (world.random.nextInt(10)) {
                    case 0, 1, 2, 3 -> world.poll();
                    case 4 -> world.settle();
                    case 5 -> world.correctAScore();
                    case 6 -> world.moveAKickOff();
                    case 7 -> {
                        bankroll.set(BigDecimal.valueOf(800 + world.random.nextInt(400)).setScale(2, RoundingMode.UNNECESSARY));
                        yield "bankroll " + bankroll.get();
                    }
                    case 8 -> {
                        incrementalScan = new OpportunityScan(incremental.dsl(), SETTINGS, bankroll::get);
                        yield "agent restarted";
                    }
                    default -> world.passTime();
                };
                if (world.random.nextInt(12) == 0) {
                    // `scan --at` an hour ago, on both: the board goes back in time
                    incrementalScan.scan(world.now.minus(Duration.ofHours(1)));
                    fullScan.scan(world.now.minus(Duration.ofHours(1)));
                    what += ", then a scan as of an hour before";
                }
                ScanReport report = incrementalScan.scanChanges(world.now);
                fullScan.scan(world.now);
                incrementalRuns += report.full() ? 0 : 1;
                List<String> board = board(full);
                opportunitiesSeen += board.size();
                lineOpportunitiesSeen += full.dsl().fetchCount(full.dsl().selectFrom("opportunities").where("market <> 'h2h'"));
                assertThat(board(incremental)).as("seed %d, step %d (%s), scan %s", seed, step, what, report.mode())
                        .containsExactlyElementsOf(board);
            }
            assertThat(incrementalRuns).as("scans that were incremental").isGreaterThan(15);
            assertThat(opportunitiesSeen).as("opportunities on the boards compared").isGreaterThan(100);
            assertThat(lineOpportunitiesSeen).as("totals and spreads opportunities on the boards compared").isGreaterThan(1000);
        }
    }

    private static List<String> board(Database db) {
        return db.dsl().resultQuery("""
                SELECT concat_ws('|', match_id, market, point, outcome, bookmaker, agent_name, odds, edge_value, confidence_score, fair_prob,
                                 recommended_stake, patron_score, patron_confidence, details::text, detected_at)
                FROM opportunities ORDER BY match_id, market, point, outcome, bookmaker, agent_name""").fetch(0, String.class);
    }

    /** The matches and prices both databases receive, and the clock of the sequence. */
    private static final class World {

        private final Random random;
        private final List<Database> databases;
        private final List<Match> upcoming = new ArrayList<>();
        private final Map<String, double[]> fair = new HashMap<>();
        /** Of the matches with line markets, the fair probability of over (totals) or home (spreads) at each point. */
        private final Map<String, Map<Market, double[]>> fairLines = new HashMap<>();
        private final List<Match> played = new ArrayList<>();
        private Instant now = Instant.parse("2025-03-01T12:00:00Z");
        private int nextId;

        World(Random random, List<Database> databases) {
            this.random = random;
            this.databases = databases;
        }

        /** 40 played matches a league, with closing prices, and 60 to come over the next 20 days. */
        void start() {
            List<Match> matches = new ArrayList<>();
            List<OddsSnapshot> prices = new ArrayList<>();
            List<LinePrice> lines = new ArrayList<>();
            for (String sport : SPORTS) {
                for (int i = 0; i < 40; i++) {
                    Instant kickOff = now.minus(Duration.ofHours(3 + random.nextInt(24 * 120)));
                    Match match = newMatch(sport, kickOff).withScore(random.nextInt(4), random.nextInt(3), true, kickOff.plusSeconds(7200));
                    matches.add(match);
                    played.add(match);
                    prices.addAll(prices(match, kickOff.minus(Duration.ofHours(1)), BOOKMAKERS.length));
                    lines.addAll(lines(match, kickOff.minus(Duration.ofHours(1)), BOOKMAKERS.length));
                }
                for (int i = 0; i < 20; i++) {
                    Match match = newMatch(sport, now.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 20))));
                    matches.add(match);
                    upcoming.add(match);
                    prices.addAll(prices(match, now.minus(Duration.ofMinutes(10)), BOOKMAKERS.length));
                    lines.addAll(lines(match, now.minus(Duration.ofMinutes(10)), BOOKMAKERS.length));
                }
            }
            write(matches, prices, lines);
        }

        /** One league polled: new prices and lines for some of its upcoming matches, sometimes a new match. */
        String poll() {
            now = now.plusSeconds(60); // a poll takes its own moment: two polls never store the same price row
            String sport = SPORTS[random.nextInt(SPORTS.length)];
            List<Match> matches = new ArrayList<>();
            List<OddsSnapshot> prices = new ArrayList<>();
            List<LinePrice> lines = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                Match match = newMatch(sport, now.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 20))));
                upcoming.add(match);
                matches.add(match);
            }
            for (Match match : upcoming) {
                if (match.sportKey().equals(sport) && match.commenceTime().isAfter(now) && random.nextInt(2) == 0) {
                    if (!matches.contains(match)) {
                        matches.add(match);
                    }
                    // a poll may bring new 1X2 prices of a match, new lines (a new match may have only lines), or both
                    switch (random.nextInt(4)) {
                        case 0 -> prices.addAll(prices(match, now, 1 + random.nextInt(BOOKMAKERS.length)));
                        case 1 -> lines.addAll(lines(match, now, 1 + random.nextInt(BOOKMAKERS.length)));
                        default -> {
                            prices.addAll(prices(match, now, 1 + random.nextInt(BOOKMAKERS.length)));
                            lines.addAll(lines(match, now, 1 + random.nextInt(BOOKMAKERS.length)));
                        }
                    }
                }
            }
            write(matches, prices, lines);
            return "poll of " + sport + ": " + prices.size() + " prices, " + lines.size() + " line prices";
        }

        /** Results of the matches that have kicked off. */
        String settle() {
            List<Match> settled = new ArrayList<>();
            for (Match match : List.copyOf(upcoming)) {
                if (match.commenceTime().isBefore(now.minus(Duration.ofHours(2)))) {
                    Match result = match.withScore(random.nextInt(4), random.nextInt(4), true, now);
                    settled.add(result);
                    upcoming.remove(match);
                    played.add(result);
                }
            }
            write(settled, List.of(), List.of());
            return settled.size() + " results";
        }

        String correctAScore() {
            Match match = played.get(random.nextInt(played.size()));
            Match corrected = match.withScore(match.homeScore() + 1, match.awayScore(), true, now);
            played.set(played.indexOf(match), corrected);
            write(List.of(corrected), List.of(), List.of());
            return "score of " + match.id() + " corrected";
        }

        String moveAKickOff() {
            List<Match> open = upcoming.stream().filter(m -> m.commenceTime().isAfter(now)).toList();
            if (open.isEmpty()) {
                return "no kick-off to move";
            }
            Match match = open.get(random.nextInt(open.size()));
            Instant kickOff = match.commenceTime().plus(Duration.ofHours(random.nextInt(24 * 10) - 24));
            Match moved = Match.upcoming(match.id(), match.sportKey(), match.league(),
                    kickOff.isAfter(now) ? kickOff : now.plusSeconds(600), match.homeTeam(), match.awayTeam());
            upcoming.set(upcoming.indexOf(match), moved);
            write(List.of(moved), List.of(), List.of());
            return "kick-off of " + match.id() + " moved";
        }

        /** Minutes to two days: matches kick off and leave the window, others enter it 14 days ahead. */
        String passTime() {
            now = now.plus(Duration.ofMinutes(10 + random.nextInt(60 * 48)));
            return "time to " + now;
        }

        private Match newMatch(String sport, Instant kickOff) {
            int home = random.nextInt(TEAMS);
            int away = (home + 1 + random.nextInt(TEAMS - 1)) % TEAMS;
            String id = "m" + nextId++;
            double h = 0.25 + random.nextDouble() * 0.35;
            double d = 0.22 + random.nextDouble() * 0.08;
            fair.put(id, new double[] {h, d, 1 - h - d});
            if (random.nextInt(2) == 0) {
                double over = 0.45 + random.nextDouble() * 0.15; // over 2.5
                double drawNoBet = h / (1 - d); // home at the handicap 0
                fairLines.put(id, Map.of(
                        Market.TOTALS, new double[] {over + 0.07, over, over - 0.07},
                        Market.SPREADS, new double[] {h + d * 0.1, (h + drawNoBet) / 2, drawNoBet}));
            }
            return Match.upcoming(id, sport, sport, kickOff, sport + " team " + home, sport + " team " + away);
        }

        /** A 5 % margin, 1 % noise and, one price in eight, a bookmaker 15 % above the market. */
        private List<OddsSnapshot> prices(Match match, Instant at, int books) {
            double[] p = fair.get(match.id());
            List<OddsSnapshot> prices = new ArrayList<>();
            for (String bookmaker : List.of(BOOKMAKERS).subList(0, books)) {
                BigDecimal[] odds = new BigDecimal[3];
                for (int k = 0; k < 3; k++) {
                    double price = 1 / (p[k] * 1.05) * (1 + random.nextGaussian() * 0.01) * (random.nextInt(8) == 0 ? 1.15 : 1);
                    odds[k] = BigDecimal.valueOf(Math.max(1.01, Math.round(price * 100) / 100.0)).setScale(3, RoundingMode.HALF_UP);
                }
                prices.add(new OddsSnapshot(match.id(), bookmaker, odds[0], odds[1], odds[2], at, at));
            }
            return prices;
        }

        /**
         * Of a match with line markets, each bookmaker's totals and spreads at this collection: each point quoted five
         * times in six (a point left out is one the bookmaker stopped quoting), each side with the margin, noise and
         * outliers of {@link #prices}.
         */
        private List<LinePrice> lines(Match match, Instant at, int books) {
            Map<Market, double[]> byMarket = fairLines.get(match.id());
            if (byMarket == null) {
                return List.of();
            }
            List<LinePrice> lines = new ArrayList<>();
            for (String bookmaker : List.of(BOOKMAKERS).subList(0, books)) {
                for (Market market : List.of(Market.TOTALS, Market.SPREADS)) {
                    double[] p = byMarket.get(market);
                    for (int i = 0; i < p.length; i++) {
                        if (random.nextInt(6) == 0) {
                            continue;
                        }
                        lines.add(new LinePrice(match.id(), bookmaker, market, POINTS.get(market).get(i), linePrice(p[i]),
                                linePrice(1 - p[i]), at, at));
                    }
                }
            }
            return lines;
        }

        private BigDecimal linePrice(double probability) {
            double price = 1 / (probability * 1.05) * (1 + random.nextGaussian() * 0.01) * (random.nextInt(8) == 0 ? 1.15 : 1);
            return BigDecimal.valueOf(Math.max(1.01, Math.round(price * 100) / 100.0)).setScale(3, RoundingMode.HALF_UP);
        }

        /** To both databases, in one transaction each, as the collector writes a poll (CollectJob). */
        private void write(List<Match> matches, List<OddsSnapshot> prices, List<LinePrice> lines) {
            for (Database db : databases) {
                db.dsl().transaction(cfg -> {
                    new MatchRepository(cfg.dsl()).upsert(matches);
                    if (!prices.isEmpty()) {
                        new OddsRepository(cfg.dsl()).append(prices);
                    }
                    new LineOddsRepository(cfg.dsl()).merge(lines);
                });
            }
        }
    }
}
