-- Compression of odds_lines (totals and spreads, V76) on TimescaleDB, as V71 does for odds_h2h; on plain PostgreSQL
-- odds_lines is an ordinary table and this does nothing. Detected as V71 does: the extension's information schema
-- exists and lists odds_lines as a hypertable.
--
-- Segmented by match_id, ordered by bookmaker, market, point, collected_at DESC: every read of the line time series asks
-- for one match (odds_lines_latest's recompute when a match arrives late or its kick-off moves, the scan's as-of lookup
-- per match, bookmaker and market, the line backtest from the database grouped by match), so a segment is what one of
-- them decompresses; within it one bookmaker's lines of one market are contiguous, each point newest first, the order of
-- "the last price at a point at or before T". The order covers the primary key (match_id, bookmaker, market, point,
-- collected_at), which TimescaleDB needs to check uniqueness on inserts into compressed chunks (import, merge).
--
-- Chunk interval: 28 days for new chunks, for V71's reasons (V76 made them 7). The age after which chunks compress is
-- the setting MONPS_COMPRESS_AFTER that already governs odds_h2h, applied by `migrate` and the daemon to both tables
-- (com.monps.core.db.OddsStorage).
DO $$
DECLARE
    hypertable boolean := false;
BEGIN
    IF to_regclass('timescaledb_information.hypertables') IS NOT NULL THEN
        EXECUTE $sql$SELECT EXISTS (SELECT 1 FROM timescaledb_information.hypertables WHERE hypertable_name = 'odds_lines')$sql$
            INTO hypertable;
    END IF;
    IF hypertable THEN
        EXECUTE $sql$ALTER TABLE odds_lines SET (timescaledb.compress,
                                                 timescaledb.compress_segmentby = 'match_id',
                                                 timescaledb.compress_orderby = 'bookmaker, market, point, collected_at DESC')$sql$;
        EXECUTE $sql$SELECT set_chunk_time_interval('odds_lines', interval '28 days')$sql$;
    END IF;
END;
$$;
