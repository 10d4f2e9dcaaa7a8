package com.monps.core.repo;

import com.monps.core.domain.Match;
import com.monps.core.jooq.tables.records.MatchesRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.monps.core.jooq.Tables.MATCHES;
import static com.monps.core.jooq.Tables.ODDS_LATEST;

/** Reads and upserts {@code matches}. */
public final class MatchRepository {

    private final DSLContext dsl;

    public MatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts new matches and refreshes known ones in one statement. A known match keeps its score and completion
     * unless the incoming row carries a score: collection never erases a result that settlement wrote.
     */
    public int upsert(Collection<Match> matches) {
        if (matches.isEmpty()) {
            return 0;
        }
        var insert = dsl.insertInto(MATCHES, MATCHES.ID, MATCHES.SPORT_KEY, MATCHES.LEAGUE, MATCHES.COMMENCE_TIME,
                MATCHES.HOME_TEAM, MATCHES.AWAY_TEAM, MATCHES.COMPLETED, MATCHES.CANCELLED, MATCHES.HOME_SCORE,
                MATCHES.AWAY_SCORE, MATCHES.LAST_SCORE_UPDATE);
        for (Match m : matches) {
            insert = insert.values(m.id(), m.sportKey(), m.league(), Times.utc(m.commenceTime()), m.homeTeam(), m.awayTeam(),
                    m.completed(), m.cancelled(), m.homeScore(), m.awayScore(), Times.utc(m.lastScoreUpdate()));
        }
        var excluded = MATCHES.as("excluded");
        return insert.onConflict(MATCHES.ID).doUpdate()
                .set(MATCHES.COMMENCE_TIME, excluded.COMMENCE_TIME)
                .set(MATCHES.LEAGUE, DSL.coalesce(excluded.LEAGUE, MATCHES.LEAGUE))
                .set(MATCHES.HOME_TEAM, excluded.HOME_TEAM)
                .set(MATCHES.AWAY_TEAM, excluded.AWAY_TEAM)
                .set(MATCHES.COMPLETED, DSL.field(DSL.condition(MATCHES.COMPLETED).or(excluded.COMPLETED)))
                .set(MATCHES.CANCELLED, DSL.field(DSL.condition(MATCHES.CANCELLED).or(excluded.CANCELLED)))
                .set(MATCHES.HOME_SCORE, DSL.coalesce(excluded.HOME_SCORE, MATCHES.HOME_SCORE))
                .set(MATCHES.AWAY_SCORE, DSL.coalesce(excluded.AWAY_SCORE, MATCHES.AWAY_SCORE))
                .set(MATCHES.LAST_SCORE_UPDATE, DSL.coalesce(excluded.LAST_SCORE_UPDATE, MATCHES.LAST_SCORE_UPDATE))
                .execute();
    }

    public Optional<Match> find(String id) {
        return dsl.selectFrom(MATCHES).where(MATCHES.ID.eq(id)).fetchOptional(MatchRepository::toMatch);
    }

    /**
     * Among {@code ids}, the matches whose market is two-way: prices are stored and none quotes a draw (basketball,
     * American football, tennis...). A match with no price yet is not counted.
     */
    public Set<String> twoWay(Collection<String> ids) {
        return new HashSet<>(dsl.select(ODDS_LATEST.MATCH_ID).from(ODDS_LATEST)
                .where(ODDS_LATEST.MATCH_ID.in(ids))
                .groupBy(ODDS_LATEST.MATCH_ID)
                .having(DSL.boolAnd(ODDS_LATEST.DRAW_ODDS.isNull()))
                .fetch(ODDS_LATEST.MATCH_ID));
    }

    /** Matches kicking off in [from, to), earliest first. */
    public List<Match> kickingOffBetween(Instant from, Instant to) {
        return dsl.selectFrom(MATCHES)
                .where(MATCHES.COMMENCE_TIME.ge(Times.utc(from)).and(MATCHES.COMMENCE_TIME.lt(Times.utc(to))))
                .orderBy(MATCHES.COMMENCE_TIME, MATCHES.ID)
                .fetch(MatchRepository::toMatch);
    }

    public void flagForReview(String id) {
        dsl.update(MATCHES).set(MATCHES.NEEDS_REVIEW, true).where(MATCHES.ID.eq(id)).execute();
    }

    static Match toMatch(MatchesRecord r) {
        return new Match(r.getId(), r.getSportKey(), r.getLeague(), Times.instant(r.getCommenceTime()), r.getHomeTeam(),
                r.getAwayTeam(), r.getCompleted(), r.getCancelled(), r.getHomeScore(), r.getAwayScore(),
                Times.instant(r.getLastScoreUpdate()));
    }
}
