package com.monps.bench.credits;

import com.monps.agent.plan.CreditPlanner;
import com.monps.agent.plan.NextCollection;
import com.monps.agent.plan.PlannedCall;
import com.monps.agent.plan.PlannerInput;
import com.monps.agent.plan.PlannerInput.Kickoff;
import com.monps.agent.plan.PlannerInput.SportSchedule;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows the credit planner call by call through one month: each call is made when planned and captures the prices of
 * every listed match of its league; a bet is placed {@link #BET_LEAD} before its kick-off (from then on the match is
 * watched), and settlement pays one 2-credit scores call per league and day of the month with bets.
 */
final class MonthSimulation {

    static final Duration BET_LEAD = Duration.ofHours(48);

    private final CreditPlanner planner = CreditPlanner.standard();
    private final int budget;
    private final int callCost;
    private final Map<String, List<Fixture>> fixtures;
    private final Map<String, Instant> lastCollected = new HashMap<>();
    private final Map<String, List<Instant>> collections = new HashMap<>();
    private final Set<String> settledDays = new HashSet<>();
    private Instant monthStart;
    private int oddsCredits;
    private int scoresCredits;

    record Fixture(String matchId, Instant kickOff, boolean bet) {
    }

    record Outcome(int oddsCredits, int scoresCredits, int oddsCalls, int betMatches, int capturedInWindow, long worstGapMinutes) {
        int credits() {
            return oddsCredits + scoresCredits;
        }
    }

    MonthSimulation(int budget, int callCost, Map<String, List<Fixture>> fixtures) {
        this.budget = budget;
        this.callCost = callCost;
        this.fixtures = Map.copyOf(fixtures);
    }

    Outcome run(Instant monthStart) {
        Instant monthEnd = YearMonth.from(monthStart.atZone(ZoneOffset.UTC)).plusMonths(1).atDay(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        this.monthStart = monthStart;
        Instant now = monthStart;
        for (int step = 0; step < 20_000; step++) {
            NextCollection next = planner.nextCollection(input(now));
            if (next.calls().isEmpty() || !next.at().isBefore(monthEnd)) {
                break;
            }
            now = next.at();
            paySettlement(now);
            for (PlannedCall call : next.calls()) {
                oddsCredits += call.cost();
                lastCollected.put(call.sport(), now);
                collections.computeIfAbsent(call.sport(), s -> new ArrayList<>()).add(now);
            }
        }
        paySettlement(monthEnd);
        return outcome(monthStart, monthEnd);
    }

    private PlannerInput input(Instant now) {
        List<SportSchedule> sports = new ArrayList<>();
        fixtures.forEach((sport, list) -> sports.add(new SportSchedule(sport, callCost, list.stream()
                .filter(f -> !f.kickOff().isBefore(now.minus(Duration.ofDays(3))))
                .map(f -> new Kickoff(f.matchId(), f.kickOff(), f.bet() && !now.isBefore(f.kickOff().minus(BET_LEAD))))
                .toList(), lastCollected.get(sport))));
        sports.sort(java.util.Comparator.comparing(SportSchedule::sport));
        return new PlannerInput(budget, oddsCredits + scoresCredits, now, sports);
    }

    private void paySettlement(Instant now) {
        fixtures.forEach((sport, list) -> list.stream()
                .filter(f -> f.bet() && !f.kickOff().isBefore(monthStart) && f.kickOff().plus(Duration.ofHours(6)).isBefore(now))
                .forEach(f -> {
                    if (settledDays.add(sport + f.kickOff().atZone(ZoneOffset.UTC).toLocalDate())) {
                        scoresCredits += 2;
                    }
                }));
    }

    private Outcome outcome(Instant monthStart, Instant monthEnd) {
        int bets = 0;
        int inWindow = 0;
        long worst = 0;
        for (var entry : fixtures.entrySet()) {
            List<Instant> calls = collections.getOrDefault(entry.getKey(), List.of());
            for (Fixture f : entry.getValue()) {
                if (!f.bet() || f.kickOff().isBefore(monthStart) || !f.kickOff().isBefore(monthEnd)) {
                    continue;
                }
                bets++;
                Instant last = calls.stream().filter(t -> t.isBefore(f.kickOff())).max(Instant::compareTo).orElse(Instant.EPOCH);
                long gap = Duration.between(last, f.kickOff()).toMinutes();
                worst = Math.max(worst, gap);
                if (gap <= CreditPlanner.CLOSING_WINDOW.toMinutes()) {
                    inWindow++;
                }
            }
        }
        int calls = collections.values().stream().mapToInt(List::size).sum();
        return new Outcome(oddsCredits, scoresCredits, calls, bets, inWindow, worst);
    }
}
