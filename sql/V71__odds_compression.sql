-- Compression of odds_h2h on TimescaleDB (on plain PostgreSQL odds_h2h is an ordinary table and this does nothing).
-- Detected as V70 does: the extension's information schema exists and lists odds_h2h as a hypertable.
--
-- Segmented by match_id, ordered by bookmaker, collected_at DESC: every read of the time series asks for one match
-- (match detail's price history, the as-of lookup of MarketReader per match and bookmaker, odds_latest's recompute
-- when a match arrives late or its kick-off moves, DatabaseHistory's backtests grouped by match), so a segment is
-- exactly what one of them decompresses, and within it the rows of one bookmaker are contiguous with the newest first,
-- which is the order of "last price at or before T". match_id repeats in every row (20-40 bytes): as a segment key it
-- is stored once per segment. bookmaker and collected_at in the order keep the primary key's columns covered, which
-- TimescaleDB needs to check uniqueness on inserts into compressed chunks (the import's COPY and merge).
--
-- Chunk interval: 7 days, V1's, kept on purpose and written down here. The collector appends ~10^4-10^5 rows a day
-- (tens of matches × 20-40 bookmakers × a few rounds; bench/RESULTS.md "compression"), so a week's chunk is well
-- under 100 MB with its index, far below a quarter of the server's 16 GB that TimescaleDB advises for the open chunk;
-- a longer interval would only delay compression (a chunk compresses once its END is older than the policy's age),
-- a shorter one multiplies chunks for the imported history (11 seasons are ~570 weekly chunks already).
--
-- The compression policy's age is a setting (MONPS_COMPRESS_AFTER) applied by `migrate` and the daemon at start
-- (com.monps.core.db.OddsStorage), not fixed here.
DO $$
DECLARE
    hypertable boolean := false;
BEGIN
    IF to_regclass('timescaledb_information.hypertables') IS NOT NULL THEN
        EXECUTE $sql$SELECT EXISTS (SELECT 1 FROM timescaledb_information.hypertables WHERE hypertable_name = 'odds_h2h')$sql$
            INTO hypertable;
    END IF;
    IF hypertable THEN
        -- timescaledb.compress is 2.17's name; 2.18+ call it the columnstore and still accept it.
        EXECUTE $sql$ALTER TABLE odds_h2h SET (timescaledb.compress,
                                               timescaledb.compress_segmentby = 'match_id',
                                               timescaledb.compress_orderby = 'bookmaker, collected_at DESC')$sql$;
        EXECUTE $sql$SELECT set_chunk_time_interval('odds_h2h', interval '7 days')$sql$;
    END IF;
END;
$$;
