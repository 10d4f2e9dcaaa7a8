package com.monps.core.history;

import com.monps.core.db.QueryClass;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static com.monps.core.jooq.Tables.MATCHES;

/**
 * Writes imported matches. A row already stored with the same values is left untouched (no update, no trigger), so
 * importing a file twice changes nothing; a corrected file updates what changed.
 */
@QueryClass
final class MatchWriter {

    private final DSLContext dsl;

    MatchWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Returns how many rows were inserted and how many updated. */
    Counts write(List<HistoricalMatch> matches) {
        if (matches.isEmpty()) {
            return new Counts(0, 0);
        }
        var insert = dsl.insertInto(MATCHES, MATCHES.ID, MATCHES.SPORT_KEY, MATCHES.LEAGUE, MATCHES.COMMENCE_TIME,
                MATCHES.HOME_TEAM, MATCHES.AWAY_TEAM, MATCHES.COMPLETED, MATCHES.HOME_SCORE, MATCHES.AWAY_SCORE);
        for (HistoricalMatch m : matches) {
            insert = insert.values(m.id(), m.league().sportKey(), m.league().name(), OffsetDateTime.ofInstant(m.kickOff(), ZoneOffset.UTC),
                    m.homeTeam(), m.awayTeam(), m.played(), m.homeGoals(), m.awayGoals());
        }
        var excluded = MATCHES.as("excluded");
        Field<Boolean> inserted = DSL.field("xmax = 0", Boolean.class);
        List<Boolean> written = insert.onConflict(MATCHES.ID).doUpdate()
                .set(MATCHES.SPORT_KEY, excluded.SPORT_KEY)
                .set(MATCHES.LEAGUE, excluded.LEAGUE)
                .set(MATCHES.COMMENCE_TIME, excluded.COMMENCE_TIME)
                .set(MATCHES.COMPLETED, excluded.COMPLETED)
                .set(MATCHES.HOME_SCORE, excluded.HOME_SCORE)
                .set(MATCHES.AWAY_SCORE, excluded.AWAY_SCORE)
                .where(DSL.row(MATCHES.SPORT_KEY, MATCHES.LEAGUE, MATCHES.COMMENCE_TIME, MATCHES.COMPLETED,
                                MATCHES.HOME_SCORE, MATCHES.AWAY_SCORE)
                        .isDistinctFrom(DSL.row(excluded.SPORT_KEY, excluded.LEAGUE, excluded.COMMENCE_TIME,
                                excluded.COMPLETED, excluded.HOME_SCORE, excluded.AWAY_SCORE)))
                .returningResult(inserted)
                .fetch(r -> r.value1());
        int added = (int) written.stream().filter(Boolean::booleanValue).count();
        return new Counts(added, written.size() - added);
    }

    record Counts(int added, int updated) {
    }
}
