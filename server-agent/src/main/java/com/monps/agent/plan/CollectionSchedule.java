package com.monps.agent.plan;

import com.monps.core.db.QueryClass;
import com.monps.agent.oddsapi.ApiRequestLog;
import com.monps.agent.plan.PlannerInput.Kickoff;
import com.monps.agent.plan.PlannerInput.SportSchedule;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static com.monps.core.jooq.Tables.BETS;
import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.OPPORTUNITIES;

/**
 * Feeds the {@link CreditPlanner} from the database: credits spent this month (api_requests), the configured sports'
 * open matches (watched when they carry a pending bet or an opportunity) and each sport's last odds call. The scheduler
 * asks {@link #next(Instant)} when to run {@code collect}; {@code status} shows {@link #plan(Instant)}.
 */
@QueryClass
public final class CollectionSchedule {

    private final DSLContext dsl;
    private final ApiRequestLog ledger;
    private final CreditPlanner planner;
    private final int budget;
    private final List<String> sports;
    private final int oddsCallCost;

    public CollectionSchedule(DSLContext dsl, ApiRequestLog ledger, CreditPlanner planner, int budget, List<String> sports,
                              int oddsCallCost) {
        this.dsl = dsl;
        this.ledger = ledger;
        this.planner = planner;
        this.budget = budget;
        this.sports = List.copyOf(sports);
        this.oddsCallCost = oddsCallCost;
    }

    public CreditPlan plan(Instant now) {
        return planner.plan(input(now));
    }

    public NextCollection next(Instant now) {
        return planner.nextCollection(input(now));
    }

    PlannerInput input(Instant now) {
        Instant monthStart = YearMonth.from(now.atZone(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<SportSchedule> schedules = sports.stream()
                .map(sport -> new SportSchedule(sport, oddsCallCost, kickoffs(sport, now),
                        ledger.lastOddsCall(sport).orElse(null)))
                .toList();
        return new PlannerInput(budget, ledger.usedSince(monthStart), now, schedules);
    }

    /** Open matches of {@code sport} from three days ago (their bets still await a result) to the end of the month. */
    private List<Kickoff> kickoffs(String sport, Instant now) {
        var watched = DSL.exists(DSL.selectOne().from(BETS).where(BETS.MATCH_ID.eq(MATCHES.ID).and(BETS.STATUS.eq("pending"))))
                .or(DSL.exists(DSL.selectOne().from(OPPORTUNITIES).where(OPPORTUNITIES.MATCH_ID.eq(MATCHES.ID))));
        return dsl.select(MATCHES.ID, MATCHES.COMMENCE_TIME, DSL.field(watched))
                .from(MATCHES)
                .where(MATCHES.SPORT_KEY.eq(sport)
                        .and(MATCHES.COMPLETED.isFalse()).and(MATCHES.CANCELLED.isFalse())
                        .and(MATCHES.COMMENCE_TIME.ge(now.minus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC)))
                        .and(MATCHES.COMMENCE_TIME.lt(CreditPlanner.monthEnd(now).atOffset(ZoneOffset.UTC))))
                .orderBy(MATCHES.COMMENCE_TIME)
                .fetch(r -> new Kickoff(r.value1(), r.value2().toInstant(), r.value3()));
    }
}
