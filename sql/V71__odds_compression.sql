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
-- Chunk interval: 28 days for new chunks (V1 made them 7). The collection volume is small: 500 credits a month pay for
-- ~500 000 rows a season (bench/RESULTS.md, "storage"), a few MB a week, so memory never bounds the chunk (TimescaleDB
-- advises the open chunks fit a quarter of RAM: 4 GB on the 16 GB server; even the 10^7-row synthetic year of the
-- "compression" bench is ~200 MB per 28-day chunk). What bounds it is the chunk count: the per-match reads above have
-- no lower time bound, so each visits every chunk older than its moment, and 11 imported seasons in weekly chunks
-- would be ~570 chunks against ~145 in 4-week ones. Longer than 4 weeks would hold prices raw for too long: a chunk
-- compresses only once its end is older than the policy's age, so raw prices live up to age + interval (7 weeks).
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
        EXECUTE $sql$SELECT set_chunk_time_interval('odds_h2h', interval '28 days')$sql$;
    END IF;
END;
$$;
