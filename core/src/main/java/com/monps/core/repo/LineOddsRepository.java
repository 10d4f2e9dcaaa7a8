package com.monps.core.repo;

import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Market;
import com.monps.core.jooq.tables.records.OddsLinesRecord;
import org.jooq.DSLContext;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import static com.monps.core.jooq.Tables.ODDS_LINES;

/**
 * The {@code odds_lines} time series (totals and spreads, V76), written with COPY like {@link OddsRepository}: a batch is
 * stored whole or not at all, in the caller's transaction when there is one, and storing it twice adds nothing.
 */
public final class LineOddsRepository {

    private static final String COLUMNS = "match_id, bookmaker, market, point, over_home_odds, under_away_odds, collected_at,"
            + " bookmaker_last_update";

    private final DSLContext dsl;

    public LineOddsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a batch, skipping rows already stored (same match, bookmaker, market, point and time); returns the rows added. */
    public int merge(Collection<LinePrice> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        return dsl.transactionResult(cfg -> cfg.dsl().connectionResult(connection -> {
            try {
                return CopyRows.merge(connection, "odds_lines", COLUMNS, rows, LineOddsRepository::line);
            } catch (SQLException e) {
                throw new IllegalStateException("line odds batch rejected, nothing stored: " + e.getMessage(), e);
            }
        }));
    }

    /** Every line price of a match, oldest first, then by bookmaker, market and point. */
    public List<LinePrice> history(String matchId) {
        return dsl.selectFrom(ODDS_LINES).where(ODDS_LINES.MATCH_ID.eq(matchId))
                .orderBy(ODDS_LINES.COLLECTED_AT, ODDS_LINES.BOOKMAKER, ODDS_LINES.MARKET, ODDS_LINES.POINT)
                .fetch(LineOddsRepository::toPrice);
    }

    private static void line(LinePrice row, StringBuilder line) {
        line.append(CopyRows.escape(row.matchId())).append('\t').append(CopyRows.escape(row.bookmaker())).append('\t')
                .append(row.market().code()).append('\t').append(CopyRows.plain(row.point())).append('\t')
                .append(CopyRows.plain(row.overHome())).append('\t').append(CopyRows.plain(row.underAway())).append('\t')
                .append(row.collectedAt()).append('\t').append(CopyRows.nullable(row.bookmakerLastUpdate()));
    }

    static LinePrice toPrice(OddsLinesRecord r) {
        return new LinePrice(r.getMatchId(), r.getBookmaker(), Market.fromCode(r.getMarket()), r.getPoint(),
                r.getOverHomeOdds(), r.getUnderAwayOdds(), Times.instant(r.getCollectedAt()),
                Times.instant(r.getBookmakerLastUpdate()));
    }
}
