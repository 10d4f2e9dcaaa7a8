-- What changed since the last opportunity scan, so that the scan after a collection re-evaluates only those matches
-- (docs/agents-and-backtests.md, "Incremental scan"). Both tables are written in the transactions that change the data
-- and read in the scan's own transaction: a restart, a failed scan or a second agent loses nothing.
--
-- scan_pending: one row per match and statement that changed what a scan reads of it (its latest prices, its line
-- prices, its row). Rows are only ever appended by writers and deleted by the scan that consumed them, so writers never
-- wait for a scan nor for each other (no key to conflict on).
--   priced_at  the newest collected_at of the prices written; a scan as of an earlier moment does not see those prices
--              yet and leaves the row for a later scan. '-infinity' for a change of the match row, seen at once.
--   settled    the match was or is completed: agent C's history and agent E's scores changed, a full scan follows.
CREATE TABLE scan_pending (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    match_id  text        NOT NULL,
    priced_at timestamptz NOT NULL,
    settled   boolean     NOT NULL DEFAULT false
);

-- scan_state: the last scan (full or incremental): the moment it scanned as of, the latest moment any scan consumed
-- changes up to (consumed_to: a scan as of an earlier moment, `scan --at`, leaves the board behind changes already
-- consumed, so the next scan must be full), the settings and bankroll it used and the number of full scans so far (an
-- agent's learnt history is valid while that number has not moved). One row.
CREATE TABLE scan_state (
    singleton   boolean       PRIMARY KEY DEFAULT true CHECK (singleton),
    as_of       timestamptz   NOT NULL,
    consumed_to timestamptz   NOT NULL,
    settings   text          NOT NULL,
    bankroll   numeric       NOT NULL,
    full_scans bigint        NOT NULL,
    scanned_at timestamptz   NOT NULL DEFAULT now()
);

-- Prices: whatever the statement (the fold of a batch, the recomputation of a match), the matches it touched.
CREATE FUNCTION monps_pending_prices() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO scan_pending (match_id, priced_at)
    SELECT match_id, max(collected_at) FROM changed_prices GROUP BY match_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER odds_latest_pending_insert AFTER INSERT ON odds_latest REFERENCING NEW TABLE AS changed_prices
    FOR EACH STATEMENT EXECUTE FUNCTION monps_pending_prices();
CREATE TRIGGER odds_latest_pending_update AFTER UPDATE ON odds_latest REFERENCING NEW TABLE AS changed_prices
    FOR EACH STATEMENT EXECUTE FUNCTION monps_pending_prices();
CREATE TRIGGER odds_lines_latest_pending_insert AFTER INSERT ON odds_lines_latest REFERENCING NEW TABLE AS changed_prices
    FOR EACH STATEMENT EXECUTE FUNCTION monps_pending_prices();
CREATE TRIGGER odds_lines_latest_pending_update AFTER UPDATE ON odds_lines_latest REFERENCING NEW TABLE AS changed_prices
    FOR EACH STATEMENT EXECUTE FUNCTION monps_pending_prices();

-- Matches: a new, changed or deleted row. The collector rewrites every match it polls with the same values: only a
-- change of a column an agent reads counts.
CREATE FUNCTION monps_pending_new_matches() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO scan_pending (match_id, priced_at, settled)
    SELECT id, '-infinity', completed FROM changed_matches;
    RETURN NULL;
END;
$$;

CREATE FUNCTION monps_pending_changed_matches() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO scan_pending (match_id, priced_at, settled)
    SELECT n.id, '-infinity', o.completed OR n.completed
      FROM old_matches o JOIN new_matches n ON n.id = o.id
     WHERE (o.sport_key, o.league, o.commence_time, o.home_team, o.away_team, o.completed, o.cancelled, o.home_score,
            o.away_score)
           IS DISTINCT FROM
           (n.sport_key, n.league, n.commence_time, n.home_team, n.away_team, n.completed, n.cancelled, n.home_score,
            n.away_score);
    RETURN NULL;
END;
$$;

CREATE TRIGGER matches_pending_insert AFTER INSERT ON matches REFERENCING NEW TABLE AS changed_matches
    FOR EACH STATEMENT EXECUTE FUNCTION monps_pending_new_matches();
CREATE TRIGGER matches_pending_delete AFTER DELETE ON matches REFERENCING OLD TABLE AS changed_matches
    FOR EACH STATEMENT EXECUTE FUNCTION monps_pending_new_matches();
CREATE TRIGGER matches_pending_update AFTER UPDATE ON matches REFERENCING OLD TABLE AS old_matches NEW TABLE AS new_matches
    FOR EACH STATEMENT EXECUTE FUNCTION monps_pending_changed_matches();

DO $$
BEGIN
    IF to_regrole('monps_agent_role') IS NOT NULL THEN
        GRANT SELECT, DELETE ON scan_pending TO monps_agent_role;
        GRANT SELECT, INSERT, UPDATE ON scan_state TO monps_agent_role;
    END IF;
    IF to_regrole('monps_desktop_role') IS NOT NULL THEN
        GRANT SELECT ON scan_pending, scan_state TO monps_desktop_role;
    END IF;
END;
$$;
