package com.monps.agent.plan;

import com.monps.agent.plan.PlannedCall.Reason;
import com.monps.agent.plan.PlannerInput.Kickoff;
import com.monps.agent.plan.PlannerInput.SportSchedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the month's odds calls so that spending fits the credit budget. Pure: the same input gives the same plan.
 * <ol>
 *   <li>A reserve is set aside for settlement (scores calls, 2 credits each): {@link #SCORES_PER_SPORT_DAY} credits per
 *       sport and day with a watched kick-off, plus a safety share of the budget.</li>
 *   <li>Closing-price calls come first: for each watched kick-off (pending bet or opportunity) one call
 *       {@link #CLOSING_LEAD} before it, so the last pre-kick-off price is at most {@link #CLOSING_WINDOW} old; one
 *       call covers every kick-off of the sport in that window, and a kick-off already covered by a collection is skipped.</li>
 *   <li>What is left is spread evenly to the end of the month in baseline rounds (every sport), no closer than the
 *       minimum interval.</li>
 * </ol>
 * The planner is asked again after every run, with the credits actually spent, so the plan corrects itself.
 */
public final class CreditPlanner {

    public static final Duration CLOSING_LEAD = Duration.ofMinutes(10);
    public static final Duration CLOSING_WINDOW = Duration.ofMinutes(15);
    static final int SCORES_PER_SPORT_DAY = 4;

    private final Duration minBaselineInterval;
    private final double safetyShare;

    public CreditPlanner(Duration minBaselineInterval, double safetyShare) {
        if (minBaselineInterval.isNegative() || minBaselineInterval.isZero()) {
            throw new IllegalArgumentException("minimum baseline interval must be positive");
        }
        if (safetyShare < 0 || safetyShare >= 1) {
            throw new IllegalArgumentException("safety share must be in [0, 1)");
        }
        this.minBaselineInterval = minBaselineInterval;
        this.safetyShare = safetyShare;
    }

    /** One baseline round an hour at most, 5 % of the budget kept as a margin. */
    public static CreditPlanner standard() {
        return new CreditPlanner(Duration.ofHours(1), 0.05);
    }

    public CreditPlan plan(PlannerInput in) {
        Instant monthEnd = monthEnd(in.now());
        int reserve = reserve(in, monthEnd);
        int available = in.budget() - in.usedThisMonth() - reserve;
        List<PlannedCall> calls = new ArrayList<>(affordable(closingCalls(in, monthEnd), available));
        int left = available - calls.stream().mapToInt(PlannedCall::cost).sum();
        calls.addAll(baselineRounds(in, monthEnd, left));
        calls.sort(Comparator.comparing(PlannedCall::at).thenComparing(PlannedCall::sport));
        return new CreditPlan(in.budget(), in.usedThisMonth(), reserve, monthEnd, calls);
    }

    public NextCollection nextCollection(PlannerInput in) {
        return plan(in).next();
    }

    static Instant monthEnd(Instant now) {
        LocalDate first = YearMonth.from(now.atZone(ZoneOffset.UTC)).plusMonths(1).atDay(1);
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private int reserve(PlannerInput in, Instant monthEnd) {
        Set<String> sportDays = new HashSet<>();
        for (SportSchedule sport : in.sports()) {
            sport.kickoffs().stream().filter(Kickoff::watched).filter(k -> k.commenceTime().isBefore(monthEnd))
                    .forEach(k -> sportDays.add(sport.sport() + "@" + k.commenceTime().atZone(ZoneOffset.UTC).toLocalDate()));
        }
        return (int) Math.ceil(in.budget() * safetyShare) + SCORES_PER_SPORT_DAY * sportDays.size();
    }

    private static List<PlannedCall> closingCalls(PlannerInput in, Instant monthEnd) {
        List<PlannedCall> calls = new ArrayList<>();
        for (SportSchedule sport : in.sports()) {
            List<Instant> kickoffs = sport.kickoffs().stream().filter(Kickoff::watched).map(Kickoff::commenceTime)
                    .filter(k -> k.isAfter(in.now()) && k.isBefore(monthEnd) && !covered(k, sport.lastCollected()))
                    .distinct().sorted().toList();
            Instant callAt = null;
            for (Instant kickoff : kickoffs) {
                if (callAt == null || Duration.between(callAt, kickoff).compareTo(CLOSING_WINDOW) > 0) {
                    callAt = latest(in.now(), kickoff.minus(CLOSING_LEAD));
                    calls.add(new PlannedCall(callAt, sport.sport(), sport.oddsCallCost(), Reason.CLOSING_PRICE));
                }
            }
        }
        calls.sort(Comparator.comparing(PlannedCall::at));
        return calls;
    }

    private static boolean covered(Instant kickoff, Instant lastCollected) {
        return lastCollected != null && lastCollected.isBefore(kickoff)
                && !lastCollected.isBefore(kickoff.minus(CLOSING_WINDOW));
    }

    private static List<PlannedCall> affordable(List<PlannedCall> calls, int available) {
        List<PlannedCall> kept = new ArrayList<>();
        int spent = 0;
        for (PlannedCall call : calls) {
            if (spent + call.cost() > available) {
                break;
            }
            spent += call.cost();
            kept.add(call);
        }
        return kept;
    }

    private List<PlannedCall> baselineRounds(PlannerInput in, Instant monthEnd, int credits) {
        int roundCost = in.sports().stream().mapToInt(SportSchedule::oddsCallCost).sum();
        int rounds = roundCost <= 0 ? 0 : credits / roundCost;
        if (rounds <= 0) {
            return List.of();
        }
        Duration interval = latest(Duration.between(in.now(), monthEnd).dividedBy(rounds), minBaselineInterval);
        Instant lastRound = in.sports().stream().map(SportSchedule::lastCollected)
                .map(t -> t == null ? Instant.MIN : t).min(Comparator.naturalOrder()).orElse(Instant.MIN);
        Instant at = lastRound == Instant.MIN ? in.now() : latest(in.now(), lastRound.plus(interval));
        List<PlannedCall> calls = new ArrayList<>();
        for (int round = 0; round < rounds && at.isBefore(monthEnd); round++, at = at.plus(interval)) {
            for (SportSchedule sport : in.sports()) {
                calls.add(new PlannedCall(at, sport.sport(), sport.oddsCallCost(), Reason.BASELINE));
            }
        }
        return calls;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Duration latest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
