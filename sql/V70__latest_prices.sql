-- odds_latest: per (match, bookmaker), the last price collected at or before kick-off. For a match still to play it
-- is the bookmaker's current line (what a scan reads); once the match has kicked off it is the closing line (what CLV
-- and agent C read). Finding either in odds_h2h means a backward scan per (match, bookmaker) over 10^7-10^8 rows; here
-- it is one row each (bench/RESULTS.md, "scan" and "clv").
--
-- Kept by triggers, so every writer of odds_h2h and matches (collector, import, psql) keeps it right:
--   * a batch of prices folds into it the newest row of each (match, bookmaker) that is not after kick-off, keeping
--     the stored row when it is newer (ON CONFLICT re-checks under the row lock: concurrent batches cannot go back);
--   * a match inserted after its prices, or whose kick-off moves, gets its rows recomputed from odds_h2h.
-- Prices of a match not (yet) in matches have no kick-off to compare with, so they wait for the match row.

CREATE TABLE odds_latest (
    match_id              text         NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    bookmaker             text         NOT NULL,
    home_odds             numeric(7,3) NOT NULL,
    draw_odds             numeric(7,3),
    away_odds             numeric(7,3) NOT NULL,
    collected_at          timestamptz  NOT NULL,
    bookmaker_last_update timestamptz,
    PRIMARY KEY (match_id, bookmaker)
) WITH (fillfactor = 50); -- every poll rewrites its rows: room on the page keeps those updates HOT

-- Writes as the table owner: the roles of V50 that may write odds_h2h or matches need no rights on odds_latest.
CREATE FUNCTION monps_fold_latest_prices() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO odds_latest AS l (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at, bookmaker_last_update)
    SELECT DISTINCT ON (n.match_id, n.bookmaker)
           n.match_id, n.bookmaker, n.home_odds, n.draw_odds, n.away_odds, n.collected_at, n.bookmaker_last_update
      FROM new_prices n JOIN matches m ON m.id = n.match_id
     WHERE n.collected_at <= m.commence_time
     ORDER BY n.match_id, n.bookmaker, n.collected_at DESC
    ON CONFLICT (match_id, bookmaker) DO UPDATE
       SET home_odds = excluded.home_odds, draw_odds = excluded.draw_odds, away_odds = excluded.away_odds,
           collected_at = excluded.collected_at, bookmaker_last_update = excluded.bookmaker_last_update
     WHERE excluded.collected_at > l.collected_at;
    RETURN NULL;
END;
$$;

-- TimescaleDB before 2.18 refuses transition tables on hypertables: there, each row is folded by a row trigger (slower
-- on bulk loads).
CREATE FUNCTION monps_fold_latest_price() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO odds_latest AS l (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at, bookmaker_last_update)
    SELECT NEW.match_id, NEW.bookmaker, NEW.home_odds, NEW.draw_odds, NEW.away_odds, NEW.collected_at, NEW.bookmaker_last_update
      FROM matches m
     WHERE m.id = NEW.match_id AND NEW.collected_at <= m.commence_time
    ON CONFLICT (match_id, bookmaker) DO UPDATE
       SET home_odds = excluded.home_odds, draw_odds = excluded.draw_odds, away_odds = excluded.away_odds,
           collected_at = excluded.collected_at, bookmaker_last_update = excluded.bookmaker_last_update
     WHERE excluded.collected_at > l.collected_at;
    RETURN NULL;
END;
$$;

CREATE FUNCTION monps_recompute_latest_prices() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    DELETE FROM odds_latest WHERE match_id = NEW.id;
    INSERT INTO odds_latest (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at, bookmaker_last_update)
    SELECT DISTINCT ON (o.bookmaker)
           o.match_id, o.bookmaker, o.home_odds, o.draw_odds, o.away_odds, o.collected_at, o.bookmaker_last_update
      FROM odds_h2h o
     WHERE o.match_id = NEW.id AND o.collected_at <= NEW.commence_time
     ORDER BY o.bookmaker, o.collected_at DESC;
    RETURN NULL;
END;
$$;

CREATE TRIGGER matches_latest_prices_on_insert AFTER INSERT ON matches
    FOR EACH ROW EXECUTE FUNCTION monps_recompute_latest_prices();
CREATE TRIGGER matches_latest_prices_on_kick_off AFTER UPDATE OF commence_time ON matches
    FOR EACH ROW WHEN (OLD.commence_time IS DISTINCT FROM NEW.commence_time)
    EXECUTE FUNCTION monps_recompute_latest_prices();

DO $$
DECLARE
    row_trigger_only boolean := false;
BEGIN
    IF to_regclass('timescaledb_information.hypertables') IS NOT NULL THEN
        EXECUTE $sql$
            SELECT EXISTS (SELECT 1 FROM timescaledb_information.hypertables WHERE hypertable_name = 'odds_h2h')
               AND (SELECT regexp_split_to_array(split_part(extversion, '-', 1), '\.')::int[] < ARRAY[2, 18]
                      FROM pg_extension WHERE extname = 'timescaledb')$sql$
            INTO row_trigger_only;
    END IF;
    IF row_trigger_only THEN
        CREATE TRIGGER odds_h2h_latest_prices AFTER INSERT ON odds_h2h
            FOR EACH ROW EXECUTE FUNCTION monps_fold_latest_price();
    ELSE
        CREATE TRIGGER odds_h2h_latest_prices AFTER INSERT ON odds_h2h
            REFERENCING NEW TABLE AS new_prices
            FOR EACH STATEMENT EXECUTE FUNCTION monps_fold_latest_prices();
    END IF;
END;
$$;

LOCK TABLE odds_h2h IN SHARE MODE;
INSERT INTO odds_latest (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at, bookmaker_last_update)
SELECT DISTINCT ON (o.match_id, o.bookmaker)
       o.match_id, o.bookmaker, o.home_odds, o.draw_odds, o.away_odds, o.collected_at, o.bookmaker_last_update
  FROM odds_h2h o JOIN matches m ON m.id = o.match_id
 WHERE o.collected_at <= m.commence_time
 ORDER BY o.match_id, o.bookmaker, o.collected_at DESC;

DO $$
BEGIN
    IF to_regrole('monps_agent_role') IS NOT NULL THEN
        GRANT SELECT ON odds_latest TO monps_agent_role;
    END IF;
    IF to_regrole('monps_desktop_role') IS NOT NULL THEN
        GRANT SELECT ON odds_latest TO monps_desktop_role;
    END IF;
END;
$$;
