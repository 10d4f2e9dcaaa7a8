package com.monps.agent.plan;

import com.monps.agent.plan.PlannerInput.Kickoff;
import com.monps.agent.plan.PlannerInput.SportSchedule;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CreditPlannerTest {

    private static final Instant MONTH_START = Instant.parse("2030-09-01T00:00:00Z");
    private static final List<String> LEAGUES = List.of("soccer_epl", "soccer_france_ligue_one", "soccer_spain_la_liga");

    private final CreditPlanner planner = CreditPlanner.standard();

    @Test
    void plansAClosingCallTenMinutesBeforeAWatchedKickOff() {
        Instant kickOff = Instant.parse("2030-09-14T15:00:00Z");
        PlannerInput in = new PlannerInput(500, 40, Instant.parse("2030-09-14T09:00:00Z"), List.of(new SportSchedule("soccer_epl", 1,
                List.of(new Kickoff("m1", kickOff, true), new Kickoff("m2", kickOff.plusSeconds(240), true),
                        new Kickoff("m3", kickOff.plusSeconds(3600), false)), Instant.parse("2030-09-14T08:00:00Z"))));

        CreditPlan plan = planner.plan(in);

        assertThat(plan.calls()).filteredOn(c -> c.reason() == PlannedCall.Reason.CLOSING_PRICE)
                .singleElement().satisfies(c -> assertThat(c.at()).isEqualTo(kickOff.minus(Duration.ofMinutes(10))));
    }

    @Test
    void reservesCreditsForSettlementAndNeverPlansBeyondTheBudget() {
        Instant now = Instant.parse("2030-09-20T12:00:00Z");
        PlannerInput in = new PlannerInput(500, 450, now, List.of(new SportSchedule("soccer_epl", 1,
                List.of(new Kickoff("m1", now.plus(Duration.ofDays(1)), true)), now.minusSeconds(3600))));

        CreditPlan plan = planner.plan(in);

        assertThat(plan.reserve()).isEqualTo(25 + 4);
        assertThat(plan.plannedCost()).isPositive();
        assertThat(plan.projection()).isLessThanOrEqualTo(500);
    }

    @Test
    void withTheBudgetSpentTheNextCollectionIsAtTheMonthEndWithNothingToSpend() {
        PlannerInput in = new PlannerInput(500, 500, Instant.parse("2030-09-20T12:00:00Z"),
                List.of(new SportSchedule("soccer_epl", 1, List.of(), null)));

        NextCollection next = planner.nextCollection(in);

        assertThat(next.calls()).isEmpty();
        assertThat(next.at()).isEqualTo(Instant.parse("2030-10-01T00:00:00Z"));
        assertThat(next.cost()).isZero();
    }

    @Test
    void aNewInstallationCollectsEverySportAtOnce() {
        Instant now = Instant.parse("2030-09-03T10:00:00Z");
        List<SportSchedule> sports = LEAGUES.stream().map(s -> new SportSchedule(s, 1, List.<Kickoff>of(), null)).toList();

        NextCollection next = planner.nextCollection(new PlannerInput(500, 0, now, sports));

        assertThat(next.at()).isEqualTo(now);
        assertThat(next.sports()).containsExactlyInAnyOrderElementsOf(LEAGUES);
        assertThat(next.cost()).isEqualTo(3);
    }

    /**
     * A month of three leagues (ten matches each weekend, a bet on three of them) on 500 credits: following the planner
     * call by call, and paying a 2-credit scores call per league and day with bets, the month stays within budget and
     * every match with a bet has a price from within 15 minutes before its kick-off.
     */
    @Test
    void simulatedMonthStaysWithinBudgetAndCapturesEveryWatchedClosingPrice() {
        Map<String, List<Kickoff>> fixtures = new HashMap<>();
        LEAGUES.forEach(league -> fixtures.put(league, weekendFixtures(league)));
        Map<String, Instant> lastCollected = new HashMap<>();
        Map<String, List<Instant>> collections = new HashMap<>();
        Set<String> settledDays = new HashSet<>();
        int used = 0;
        Instant now = MONTH_START;
        Instant monthEnd = CreditPlanner.monthEnd(now);
        for (int step = 0; step < 5_000; step++) {
            NextCollection next = planner.nextCollection(input(now, used, fixtures, lastCollected));
            if (next.calls().isEmpty() || !next.at().isBefore(monthEnd)) {
                break;
            }
            now = next.at();
            used += settlementSpending(fixtures, now, settledDays);
            for (PlannedCall call : next.calls()) {
                used += call.cost();
                lastCollected.put(call.sport(), now);
                collections.computeIfAbsent(call.sport(), s -> new ArrayList<>()).add(now);
            }
        }
        used += settlementSpending(fixtures, monthEnd, settledDays);

        assertThat(used).isLessThanOrEqualTo(500);
        fixtures.forEach((league, kickoffs) -> kickoffs.stream().filter(Kickoff::watched).forEach(k ->
                assertThat(collections.get(league)).as("%s %s", league, k.commenceTime())
                        .anySatisfy(t -> assertThat(t).isBefore(k.commenceTime())
                                .isAfterOrEqualTo(k.commenceTime().minus(CreditPlanner.CLOSING_WINDOW)))));
        assertThat(collections.values()).allSatisfy(times -> assertThat(times).hasSizeGreaterThan(30));
    }

    private static PlannerInput input(Instant now, int used, Map<String, List<Kickoff>> fixtures, Map<String, Instant> last) {
        return new PlannerInput(500, used, now, LEAGUES.stream()
                .map(l -> new SportSchedule(l, 1, fixtures.get(l), last.get(l))).toList());
    }

    /** One 2-credit scores call per league and day with bets, paid the first time the clock passes that day. */
    private static int settlementSpending(Map<String, List<Kickoff>> fixtures, Instant now, Set<String> settledDays) {
        int spent = 0;
        for (var league : fixtures.entrySet()) {
            for (Kickoff k : league.getValue()) {
                String day = league.getKey() + k.commenceTime().atZone(ZoneOffset.UTC).toLocalDate();
                if (k.watched() && k.commenceTime().plus(Duration.ofHours(6)).isBefore(now) && settledDays.add(day)) {
                    spent += 2;
                }
            }
        }
        return spent;
    }

    /** Every weekend of September 2030: Saturday 11:30, 14:00 ×6, 16:30; Sunday 13:00, 15:30 (UTC). Bets on 3 a weekend. */
    private static List<Kickoff> weekendFixtures(String league) {
        List<Kickoff> kickoffs = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2030, 9, 1); day.getMonthValue() == 9; day = day.plusDays(1)) {
            List<LocalTime> times = day.getDayOfWeek() == DayOfWeek.SATURDAY
                    ? List.of(LocalTime.of(11, 30), LocalTime.of(14, 0), LocalTime.of(14, 0), LocalTime.of(14, 0),
                    LocalTime.of(14, 0), LocalTime.of(14, 0), LocalTime.of(14, 0), LocalTime.of(16, 30))
                    : day.getDayOfWeek() == DayOfWeek.SUNDAY ? List.of(LocalTime.of(13, 0), LocalTime.of(15, 30)) : List.of();
            for (int i = 0; i < times.size(); i++) {
                boolean watched = i == 0 || i == 3 || (day.getDayOfWeek() == DayOfWeek.SUNDAY && i == 1);
                kickoffs.add(new Kickoff(league + day + i, day.atTime(times.get(i)).toInstant(ZoneOffset.UTC), watched));
            }
        }
        return kickoffs;
    }
}
