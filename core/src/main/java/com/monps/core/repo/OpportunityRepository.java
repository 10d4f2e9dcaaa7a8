package com.monps.core.repo;

import com.monps.core.domain.Market;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.jooq.tables.records.OpportunitiesRecord;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import static com.monps.core.jooq.Tables.OPPORTUNITIES;

/**
 * Reads and upserts {@code opportunities}: one row per (match, market, point, outcome, bookmaker, agent), refreshed by
 * each scan. A row whose figures a scan finds unchanged is left as it is, {@code detected_at} included: it says since
 * when the opportunity has stood at those figures, and a full scan that changes nothing writes nothing (it rewrote
 * every row before, 45 ms of a 5 000-match scan, bench/RESULTS.md "scan").
 */
public final class OpportunityRepository {

    private static final String UPSERT = """
            INSERT INTO opportunities (match_id, market, point, outcome, bookmaker, agent_name, odds, edge_value,
                                       confidence_score, fair_prob, recommended_stake, patron_score, patron_confidence,
                                       details, detected_at)
            SELECT match_id, market, point, outcome, bookmaker, agent_name, odds, edge_value, confidence_score, fair_prob,
                   recommended_stake, patron_score, patron_confidence, details::jsonb, coalesce(detected_at, now())
            FROM unnest(?::text[], ?::text[], ?::numeric[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[],
                        ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[], ?::timestamptz[])
                 AS o(match_id, market, point, outcome, bookmaker, agent_name, odds, edge_value, confidence_score,
                      fair_prob, recommended_stake, patron_score, patron_confidence, details, detected_at)
            ON CONFLICT ON CONSTRAINT opportunities_one_per_agent DO UPDATE
               SET odds = excluded.odds, edge_value = excluded.edge_value, confidence_score = excluded.confidence_score,
                   fair_prob = excluded.fair_prob, recommended_stake = excluded.recommended_stake,
                   patron_score = excluded.patron_score, patron_confidence = excluded.patron_confidence,
                   details = excluded.details, detected_at = excluded.detected_at
             WHERE (opportunities.odds, opportunities.edge_value, opportunities.confidence_score, opportunities.fair_prob,
                    opportunities.recommended_stake, opportunities.patron_score, opportunities.patron_confidence,
                    opportunities.details)
                   IS DISTINCT FROM (excluded.odds, excluded.edge_value, excluded.confidence_score, excluded.fair_prob,
                    excluded.recommended_stake, excluded.patron_score, excluded.patron_confidence, excluded.details)""";

    /**
     * NOT IN over the kept keys becomes one hashed lookup per row; NOT EXISTS over unnest rescanned the array per row.
     * An h2h row's point is null, and a comparison with null is unknown, not true or false: both sides compare 0.1
     * instead (no line can have it, lines are multiples of 0.25), so the key comparison stays plainly two-valued.
     */
    private static final String DELETE_STALE = """
            DELETE FROM opportunities o
            WHERE o.match_id = ANY (?::text[])
              AND (o.match_id, o.market, coalesce(o.point, 0.1), o.outcome, o.bookmaker, o.agent_name) NOT IN (
                    SELECT k.match_id, k.market, coalesce(k.point, 0.1), k.outcome, k.bookmaker, k.agent_name
                    FROM unnest(?::text[], ?::text[], ?::numeric[], ?::text[], ?::text[], ?::text[])
                         AS k(match_id, market, point, outcome, bookmaker, agent_name))""";

    private final DSLContext dsl;

    public OpportunityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts or refreshes opportunities, one row per (match, market, point, outcome, bookmaker, agent), and returns how
     * many were new or changed. The rows travel
     * as one array per column: a scan writes 10^3 of them, and a VALUES list of 15 parameters each cost more than the agents
     * (bench/RESULTS.md, "scan").
     */
    public int upsert(Collection<Opportunity> opportunities) {
        Columns columns = new Columns(opportunities);
        return dsl.connectionResult(connection -> upsert(connection, columns));
    }

    /**
     * Makes {@code fresh} the whole set of opportunities of the scanned matches: upserts it, then deletes what an
     * earlier scan found on those matches and this one did not (a price that no longer qualifies). Run it in the
     * scan's transaction. Returns the number of opportunities of those matches now on the board.
     */
    public int replaceForMatches(Collection<String> scannedMatchIds, Collection<Opportunity> fresh) {
        Columns columns = new Columns(fresh);
        return dsl.connectionResult(connection -> {
            upsert(connection, columns);
            try (PreparedStatement statement = connection.prepareStatement(DELETE_STALE)) {
                statement.setArray(1, connection.createArrayOf("text", scannedMatchIds.toArray()));
                columns.bindKeys(connection, statement, 2);
                statement.executeUpdate();
            }
            return fresh.size();
        });
    }

    private static int upsert(Connection connection, Columns columns) throws SQLException {
        if (columns.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            columns.bind(connection, statement);
            return statement.executeUpdate();
        }
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
        return new Opportunity(r.getId(), r.getMatchId(), Market.fromCode(r.getMarket()), r.getPoint(),
                Outcome.fromCode(r.getOutcome()), r.getBookmaker(), r.getOdds(),
                r.getEdgeValue(), r.getConfidenceScore(), r.getAgentName(), r.getFairProb(), r.getRecommendedStake(),
                r.getPatronScore(), r.getPatronConfidence(), r.getDetails() == null ? null : r.getDetails().data(),
                Times.instant(r.getDetectedAt()));
    }

    /** The opportunities' fields, one array per column, in the order of {@link #UPSERT}'s parameters. */
    private static final class Columns {

        private final Object[][] columns = new Object[15][];
        private final int rows;

        Columns(Collection<Opportunity> opportunities) {
            rows = opportunities.size();
            for (int c = 0; c < columns.length; c++) {
                columns[c] = new Object[opportunities.size()];
            }
            int row = 0;
            for (Opportunity o : opportunities) {
                Object[] values = {o.matchId(), o.market().code(), o.point(), o.outcome().code(), o.bookmaker(),
                        o.agentName(), o.odds(), o.edgeValue(),
                        o.confidenceScore(), o.fairProb(), o.recommendedStake(), o.patronScore(), o.patronConfidence(),
                        o.details(), Times.utc(o.detectedAt())};
                for (int c = 0; c < values.length; c++) {
                    columns[c][row] = values[c];
                }
                row++;
            }
        }

        boolean isEmpty() {
            return rows == 0;
        }

        void bind(Connection connection, PreparedStatement statement) throws SQLException {
            String[] types = {"text", "text", "numeric", "text", "text", "text", "numeric", "numeric", "numeric", "numeric",
                    "numeric", "numeric", "numeric", "text", "timestamptz"};
            for (int c = 0; c < columns.length; c++) {
                statement.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
            }
        }

        /** The six key columns (match, market, point, outcome, bookmaker, agent) from parameter {@code first} on. */
        void bindKeys(Connection connection, PreparedStatement statement, int first) throws SQLException {
            String[] types = {"text", "text", "numeric", "text", "text", "text"};
            for (int c = 0; c < types.length; c++) {
                statement.setArray(first + c, connection.createArrayOf(types[c], columns[c]));
            }
        }
    }
}
