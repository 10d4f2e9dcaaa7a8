package com.monps.agent.simulation;

import com.monps.agent.simulation.SimulatedMonth.PlannedBet;
import com.monps.agent.simulation.SimulatedOddsApi.Call;
import com.monps.core.db.Database;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.testing.HistoryFiles;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The daemon as deployed, over a simulated month of three leagues: db-scheduler, the credit planner, collect, settle,
 * clv, scan and the control API, on one clock, against a stand-in Odds API serving the real fixtures and prices of
 * November 2019 with the real cost headers. Once with one daemon, once with two on one database.
 */
@Tag("engine") // also run on each TimescaleDB version by CI (profile timescaledb): the daemon as deployed
class DaemonMonthSimulationTest {

    private static final Logger log = LoggerFactory.getLogger(DaemonMonthSimulationTest.class);
    private static final int BUDGET = 500;

    private static List<HistoricalMatch> fixtures;
    private static List<PlannedBet> bets;

    @BeforeAll
    static void readSeasons() {
        assumeThat(Files.isDirectory(HistoryFiles.SHARED_SEASONS)).as("the shared seasons in %s", HistoryFiles.SHARED_SEASONS)
                .isTrue();
        fixtures = SimulatedMonth.fixtures(HistoryFiles.SHARED_SEASONS);
        bets = SimulatedMonth.bets(fixtures);
    }

    @Test
    void oneDaemonKeepsToTheBudgetCapturesClosingPricesAndSettlesEveryBet() {
        MonthResults month = live(1);

        assertThat(bets.size()).as("bets placed").isGreaterThan(30);
        assertThat(bets.stream().filter(PlannedBet::late).count()).as("bets in the last 45 minutes").isGreaterThan(15);
        assertThat(month.credits()).as("credits spent in November").isLessThanOrEqualTo(BUDGET).isGreaterThan(BUDGET / 2);
        assertThat(month.outcomes().projectionAtMiddle()).as("status's projection at mid-month")
                .isBetween((int) Math.floor(month.credits() * 0.9), (int) Math.ceil(month.credits() * 1.1));

        assertEveryOddsCallWasPlanned(month);
        assertClosingPricesCaptured(month);
        assertEveryBetSettledOnceWithItsClv(month);
    }

    @Test
    void twoDaemonsOnOneDatabaseMakeTheSameCallsAndRowsAsOne() {
        MonthResults one = live(1);
        MonthResults two = live(2);

        assertThat(two.calls()).as("every odds and scores call, once").isEqualTo(one.calls());
        assertThat(two.bets()).isEqualTo(one.bets());
        assertThat(two.pricesStored()).isEqualTo(one.pricesStored());
        assertThat(two.jobRuns()).as("runs per job").isEqualTo(one.jobRuns());
    }

    private static void assertEveryOddsCallWasPlanned(MonthResults month) {
        Map<Instant, Set<String>> calledAt = month.calls().stream().filter(c -> c.endpoint().equals("odds"))
                .collect(Collectors.groupingBy(Call::at, Collectors.mapping(Call::sport, Collectors.toSet())));
        Map<Instant, Set<String>> plannedAt = new HashMap<>();
        month.outcomes().rounds().forEach(r -> plannedAt.put(r.at(), r.plannedSports()));

        calledAt.forEach((at, sports) -> assertThat(sports).as("sports called at %s", at).isSubsetOf(plannedAt.get(at)));
        assertThat(calledAt.values()).as("closing-price calls for one league alone")
                .anyMatch(sports -> sports.size() == 1);
    }

    private static void assertClosingPricesCaptured(MonthResults month) {
        long captured = bets.stream().filter(month::closingPriceCaptured).count();
        long lateCaptured = bets.stream().filter(PlannedBet::late).filter(month::closingPriceCaptured).count();
        log.info("simulated November 2019: {} credits of {} spent ({} odds calls), status's projection at mid-month {}; "
                        + "{} of {} bet matches priced at most 15 minutes before kick-off ({} of {} late bets)",
                month.credits(), BUDGET, month.oddsCalls(),
                month.outcomes().projectionAtMiddle(), captured, bets.size(), lateCaptured,
                bets.stream().filter(PlannedBet::late).count());

        assertThat(captured).as("bet matches with a price at most 15 minutes before kick-off")
                .isGreaterThanOrEqualTo((long) Math.ceil(bets.size() * 0.95));
        assertThat(lateCaptured).isGreaterThanOrEqualTo((long) Math.ceil(bets.stream().filter(PlannedBet::late).count() * 0.95));
    }

    private static void assertEveryBetSettledOnceWithItsClv(MonthResults month) {
        assertThat(month.bets()).hasSize(bets.size());
        for (PlannedBet bet : bets) {
            HistoricalMatch match = bet.match();
            MonthResults.BetRow row = month.bets().stream().filter(r -> r.matchId().equals(SimulatedOddsApi.eventId(match))
                    && r.outcome().equals(bet.outcome().code())).findFirst().orElseThrow();
            boolean won = match.result() == bet.outcome();
            BigDecimal profit = won ? stakeTimes(bet.odds()).subtract(SimulatedMonth.STAKE) : SimulatedMonth.STAKE.negate();
            BigDecimal closing = SimulatedMonth.price(match.closing().get(Bookmaker.BET365), bet.outcome());
            BigDecimal clv = bet.odds().divide(closing, 10, RoundingMode.HALF_UP).subtract(BigDecimal.ONE)
                    .multiply(BigDecimal.valueOf(100)).setScale(3, RoundingMode.HALF_UP);

            assertThat(row.status()).as("%s %s", match.id(), bet.outcome()).isEqualTo(won ? "won" : "lost");
            assertThat(row.profit()).as("profit of %s", match.id()).isEqualByComparingTo(profit);
            assertThat(row.closingOdds()).as("closing odds of %s", match.id()).isEqualByComparingTo(closing);
            assertThat(row.clvPercent()).as("CLV of %s", match.id()).isEqualByComparingTo(clv);
        }
        assertThat(month.settledTotal()).as("bets_stats: every bet counted once")
                .isEqualByComparingTo(month.bets().stream().map(MonthResults.BetRow::profit).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal stakeTimes(BigDecimal odds) {
        return SimulatedMonth.STAKE.multiply(odds).setScale(2, RoundingMode.HALF_UP);
    }

    private static MonthResults live(int daemons) {
        try (Database db = TestDatabase.fresh()) {
            return SimulatedMonth.run(db.config(), fixtures, bets, daemons, BUDGET);
        }
    }
}
