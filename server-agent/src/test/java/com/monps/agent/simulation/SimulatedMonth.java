package com.monps.agent.simulation;

import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.FootballDataFile;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.Prices;
import com.monps.core.db.Database;
import com.monps.core.db.DatabaseConfig;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * November 2019 of three leagues (Premier League, Bundesliga, La Liga: 104 real fixtures), lived by the daemon on a
 * simulated clock ({@link SimulationLoop}), with bets through the control API on every other match, alternately two
 * days before kick-off and in the last 45 minutes.
 */
public final class SimulatedMonth {

    public static final Instant START = Instant.parse("2019-11-01T00:00:00Z");
    public static final Instant MIDDLE = Instant.parse("2019-11-15T00:00:00Z");
    public static final Instant END = Instant.parse("2019-12-01T00:00:00Z");
    /** Bets are placed on matches that kick off before this, so that all of them are settled within the month. */
    static final Instant LAST_BET_KICK_OFF = Instant.parse("2019-11-29T00:00:00Z");
    public static final List<String> SEASONS = List.of("E0_1920.csv", "D1_1920.csv", "SP1_1920.csv");
    public static final List<String> SPORTS = List.of("soccer_epl", "soccer_germany_bundesliga", "soccer_spain_la_liga");
    public static final BigDecimal STAKE = BigDecimal.TEN;

    /** A bet the trader will place: when, on what, at which price of Bet365. */
    public record PlannedBet(Instant placeAt, HistoricalMatch match, Outcome outcome, BigDecimal odds, boolean late) {

        String json() {
            return """
                    {"match_id": "%s", "home_team": "%s", "away_team": "%s", "sport": "%s", "league": "%s",
                     "commence_time": "%s", "outcome": "%s", "odds": %s, "stake": %s, "bookmaker": "bet365"}"""
                    .formatted(SimulatedOddsApi.eventId(match), match.homeTeam(), match.awayTeam(), match.league().sportKey(),
                            match.league().name(), match.kickOff(), outcome.code(), odds.toPlainString(), STAKE);
        }
    }

    /** What the month showed besides the rows: status's projection at mid-month and each round's planned sports. */
    public record Outcomes(int projectionAtMiddle, List<SimulationLoop.Round> rounds) {
    }

    private final SimulatedClock clock;
    private final DSLContext dsl;
    private final List<SimulatedAgent> agents;

    public SimulatedMonth(SimulatedClock clock, DSLContext dsl, List<SimulatedAgent> agents) {
        this.clock = clock;
        this.dsl = dsl;
        this.agents = List.copyOf(agents);
    }

    public static List<HistoricalMatch> fixtures(Path seasons) {
        return SEASONS.stream().flatMap(file -> FootballDataFile.read(seasons.resolve(file)).matches().stream())
                .filter(m -> m.kickOff().isAfter(START.minus(Duration.ofDays(1))) && m.kickOff().isBefore(END.plus(Duration.ofDays(8))))
                .sorted(Comparator.comparing(HistoricalMatch::kickOff).thenComparing(HistoricalMatch::id))
                .toList();
    }

    public static List<PlannedBet> bets(List<HistoricalMatch> fixtures) {
        List<HistoricalMatch> candidates = fixtures.stream()
                .filter(m -> m.kickOff().isAfter(START.plus(Duration.ofDays(2))) && m.kickOff().isBefore(LAST_BET_KICK_OFF))
                .filter(m -> m.opening().containsKey(Bookmaker.BET365) && m.closing().containsKey(Bookmaker.BET365))
                .toList();
        List<PlannedBet> bets = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i += 2) {
            HistoricalMatch match = candidates.get(i);
            int n = bets.size();
            boolean late = n % 2 == 1;
            Instant placeAt = late ? match.kickOff().minus(Duration.ofMinutes(5 + (n * 11L) % 40))
                    : match.kickOff().minus(Duration.ofDays(2));
            Outcome outcome = Outcome.RESULTS.get(n % 3);
            bets.add(new PlannedBet(placeAt, match, outcome,
                    price(SimulatedOddsApi.pricesAt(match, Bookmaker.BET365, placeAt), outcome), late));
        }
        bets.sort(Comparator.comparing(PlannedBet::placeAt));
        return bets;
    }

    public static BigDecimal price(Prices prices, Outcome outcome) {
        return prices.price(outcome);
    }

    /**
     * The month lived by {@code daemons} agents on {@code database} (migrated by the first), against a stand-in serving
     * {@code fixtures} with {@code budget} credits, and what it left.
     */
    public static MonthResults run(DatabaseConfig database, List<HistoricalMatch> fixtures, List<PlannedBet> bets,
                                   int daemons, int budget) {
        SimulatedClock clock = new SimulatedClock(START);
        try (SimulatedOddsApi api = new SimulatedOddsApi(clock, fixtures, budget)) {
            Map<String, String> env = SimulatedAgent.environment(database, api.baseUrl(), budget, SPORTS);
            List<SimulatedAgent> agents = new ArrayList<>();
            try {
                for (int i = 0; i < daemons; i++) {
                    agents.add(new SimulatedAgent(env, clock, "agent-" + i));
                }
                Database db = agents.getFirst().context().database();
                return MonthResults.read(db, api, new SimulatedMonth(clock, db.dsl(), agents).live(bets));
            } finally {
                agents.forEach(SimulatedAgent::close);
            }
        }
    }

    /** Lives the month with {@code planned} bets. */
    public Outcomes live(List<PlannedBet> planned) {
        int[] projection = {-1};
        List<SimulationLoop.Round> rounds = new SimulationLoop(clock, dsl, agents).runUntil(END, planned, now -> {
            if (projection[0] < 0 && !now.isBefore(MIDDLE)) {
                projection[0] = agents.getFirst().context().collectionSchedule().plan(now).projection();
            }
        });
        return new Outcomes(projection[0], rounds);
    }
}
