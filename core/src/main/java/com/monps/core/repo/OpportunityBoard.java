package com.monps.core.repo;

import com.monps.core.domain.Match;
import com.monps.core.domain.Opportunity;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.OPPORTUNITIES;

/** Opportunities with the match they are about, best first, for screens that show them to the trader. */
public final class OpportunityBoard {

    public enum Ranking { EDGE, PATRON_SCORE, LATEST }

    /** An opportunity and its match. */
    public record Entry(Opportunity opportunity, Match match) {
    }

    private final DSLContext dsl;

    public OpportunityBoard(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The best {@code limit} opportunities; with {@code kickOffAfter} set, only those on matches starting after it. */
    public List<Entry> top(Ranking ranking, int limit, Instant kickOffAfter) {
        var query = dsl.select().from(OPPORTUNITIES).join(MATCHES).on(MATCHES.ID.eq(OPPORTUNITIES.MATCH_ID))
                .where(kickOffAfter == null ? DSL.noCondition() : MATCHES.COMMENCE_TIME.gt(Times.utc(kickOffAfter)));
        if (ranking == Ranking.PATRON_SCORE) {
            query = query.and(OPPORTUNITIES.PATRON_SCORE.isNotNull());
        }
        return query.orderBy(order(ranking)).limit(limit)
                .fetch(OpportunityBoard::toEntry);
    }

    /**
     * The opportunities on matches starting after {@code kickOffAfter} with an edge of at least {@code minEdge} (a
     * fraction) and a patron score of at least {@code minPatronScore} (none counts as 0), newest first: what the
     * trader asked to be alerted to.
     */
    public List<Entry> atLeast(BigDecimal minEdge, BigDecimal minPatronScore, Instant kickOffAfter, int limit) {
        return dsl.select().from(OPPORTUNITIES).join(MATCHES).on(MATCHES.ID.eq(OPPORTUNITIES.MATCH_ID))
                .where(MATCHES.COMMENCE_TIME.gt(Times.utc(kickOffAfter)))
                .and(OPPORTUNITIES.EDGE_VALUE.ge(minEdge))
                .and(DSL.coalesce(OPPORTUNITIES.PATRON_SCORE, BigDecimal.ZERO).ge(minPatronScore))
                .orderBy(order(Ranking.LATEST)).limit(limit)
                .fetch(OpportunityBoard::toEntry);
    }

    private static Entry toEntry(Record r) {
        return new Entry(OpportunityRepository.toOpportunity(r.into(OPPORTUNITIES)), MatchRepository.toMatch(r.into(MATCHES)));
    }

    private static List<SortField<?>> order(Ranking ranking) {
        return switch (ranking) {
            case EDGE -> List.of(OPPORTUNITIES.EDGE_VALUE.desc(), OPPORTUNITIES.DETECTED_AT.desc(), OPPORTUNITIES.ID.asc());
            case PATRON_SCORE -> List.of(OPPORTUNITIES.PATRON_SCORE.desc(), OPPORTUNITIES.EDGE_VALUE.desc(), OPPORTUNITIES.ID.asc());
            case LATEST -> List.of(OPPORTUNITIES.DETECTED_AT.desc(), OPPORTUNITIES.ID.desc());
        };
    }
}
