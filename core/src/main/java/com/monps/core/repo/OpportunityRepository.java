package com.monps.core.repo;

import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.jooq.tables.records.OpportunitiesRecord;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

import java.util.Collection;
import java.util.List;

import static com.monps.core.jooq.Tables.OPPORTUNITIES;

/** Reads and upserts {@code opportunities}: one row per (match, outcome, bookmaker, agent), refreshed by each scan. */
public final class OpportunityRepository {

    private final DSLContext dsl;

    public OpportunityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int upsert(Collection<Opportunity> opportunities) {
        if (opportunities.isEmpty()) {
            return 0;
        }
        var insert = dsl.insertInto(OPPORTUNITIES, OPPORTUNITIES.MATCH_ID, OPPORTUNITIES.OUTCOME, OPPORTUNITIES.BOOKMAKER,
                OPPORTUNITIES.ODDS, OPPORTUNITIES.EDGE_VALUE, OPPORTUNITIES.CONFIDENCE_SCORE, OPPORTUNITIES.AGENT_NAME,
                OPPORTUNITIES.FAIR_PROB, OPPORTUNITIES.RECOMMENDED_STAKE, OPPORTUNITIES.PATRON_SCORE,
                OPPORTUNITIES.PATRON_CONFIDENCE, OPPORTUNITIES.DETAILS, OPPORTUNITIES.DETECTED_AT);
        for (Opportunity o : opportunities) {
            insert = insert.values(o.matchId(), o.outcome().code(), o.bookmaker(), o.odds(), o.edgeValue(), o.confidenceScore(),
                    o.agentName(), o.fairProb(), o.recommendedStake(), o.patronScore(), o.patronConfidence(),
                    o.details() == null ? null : JSONB.valueOf(o.details()),
                    o.detectedAt() == null ? Times.utc(java.time.Instant.now()) : Times.utc(o.detectedAt()));
        }
        var excluded = OPPORTUNITIES.as("excluded");
        return insert.onConflictOnConstraint(DSL.name("opportunities_one_per_agent")).doUpdate()
                .set(OPPORTUNITIES.ODDS, excluded.ODDS)
                .set(OPPORTUNITIES.EDGE_VALUE, excluded.EDGE_VALUE)
                .set(OPPORTUNITIES.CONFIDENCE_SCORE, excluded.CONFIDENCE_SCORE)
                .set(OPPORTUNITIES.FAIR_PROB, excluded.FAIR_PROB)
                .set(OPPORTUNITIES.RECOMMENDED_STAKE, excluded.RECOMMENDED_STAKE)
                .set(OPPORTUNITIES.PATRON_SCORE, excluded.PATRON_SCORE)
                .set(OPPORTUNITIES.PATRON_CONFIDENCE, excluded.PATRON_CONFIDENCE)
                .set(OPPORTUNITIES.DETAILS, excluded.DETAILS)
                .set(OPPORTUNITIES.DETECTED_AT, excluded.DETECTED_AT)
                .execute();
    }

    /**
     * Makes {@code fresh} the whole set of opportunities of the scanned matches: upserts it, then deletes what an
     * earlier scan found on those matches and this one did not (a price that no longer qualifies). Run it in the
     * scan's transaction. Returns the number of rows upserted.
     */
    public int replaceForMatches(Collection<String> scannedMatchIds, Collection<Opportunity> fresh) {
        int written = upsert(fresh);
        var keep = fresh.stream()
                .map(o -> DSL.row(o.matchId(), o.outcome().code(), o.bookmaker(), o.agentName()))
                .toList();
        var stale = OPPORTUNITIES.MATCH_ID.in(scannedMatchIds);
        if (!keep.isEmpty()) {
            stale = stale.and(DSL.row(OPPORTUNITIES.MATCH_ID, OPPORTUNITIES.OUTCOME, OPPORTUNITIES.BOOKMAKER,
                    OPPORTUNITIES.AGENT_NAME).notIn(keep));
        }
        dsl.deleteFrom(OPPORTUNITIES).where(stale).execute();
        return written;
    }

    /** The best {@code limit} opportunities by edge, newest detection breaking ties. */
    public List<Opportunity> topByEdge(int limit) {
        return dsl.selectFrom(OPPORTUNITIES)
                .orderBy(OPPORTUNITIES.EDGE_VALUE.desc(), OPPORTUNITIES.DETECTED_AT.desc(), OPPORTUNITIES.ID.asc())
                .limit(limit)
                .fetch(OpportunityRepository::toOpportunity);
    }

    /** The best {@code limit} opportunities by patron score (scored ones only). */
    public List<Opportunity> topByPatronScore(int limit) {
        return dsl.selectFrom(OPPORTUNITIES)
                .where(OPPORTUNITIES.PATRON_SCORE.isNotNull())
                .orderBy(OPPORTUNITIES.PATRON_SCORE.desc(), OPPORTUNITIES.EDGE_VALUE.desc(), OPPORTUNITIES.ID.asc())
                .limit(limit)
                .fetch(OpportunityRepository::toOpportunity);
    }

    static Opportunity toOpportunity(OpportunitiesRecord r) {
        return new Opportunity(r.getId(), r.getMatchId(), Outcome.fromCode(r.getOutcome()), r.getBookmaker(), r.getOdds(),
                r.getEdgeValue(), r.getConfidenceScore(), r.getAgentName(), r.getFairProb(), r.getRecommendedStake(),
                r.getPatronScore(), r.getPatronConfidence(), r.getDetails() == null ? null : r.getDetails().data(),
                Times.instant(r.getDetectedAt()));
    }
}
