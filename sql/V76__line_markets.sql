-- Line markets: goal totals ('totals', over/under a goal line) and Asian handicaps ('spreads'), next to the 1X2 prices
-- of odds_h2h (unchanged). docs/markets.md describes the markets, the settlement of quarter lines and CLV at the line.
--
-- odds_lines: the time series. One row per (match, bookmaker, market, point, time): a bookmaker quoting several lines of
-- a market at once writes several rows of one collection, never "one line per row of the match".
--   point            totals: the goal line (2.5); spreads: the HOME team's handicap (-0.25), the away side's being its
--                    negative. A multiple of 0.25; a quarter line (x.25, x.75) is settled as two half-stakes.
--   over_home_odds   totals: the price of over; spreads: the price of the home side at point
--   under_away_odds  totals: the price of under; spreads: the price of the away side at -point
CREATE TABLE odds_lines (
    match_id              text         NOT NULL,
    bookmaker             text         NOT NULL,
    market                text         NOT NULL CHECK (market IN ('totals', 'spreads')),
    point                 numeric(5,2) NOT NULL CHECK (mod(point * 4, 1) = 0),
    over_home_odds        numeric(7,3) NOT NULL CHECK (over_home_odds > 1),
    under_away_odds       numeric(7,3) NOT NULL CHECK (under_away_odds > 1),
    collected_at          timestamptz  NOT NULL,
    bookmaker_last_update timestamptz,
    CONSTRAINT odds_lines_total_positive CHECK (market <> 'totals' OR point > 0),
    PRIMARY KEY (match_id, bookmaker, market, point, collected_at)
);

CREATE TRIGGER odds_lines_notify AFTER INSERT ON odds_lines
    FOR EACH STATEMENT EXECUTE FUNCTION monps_notify_change('monps_odds');

-- A hypertable where V1 made odds_h2h one (the extension is loaded and usable). Compression is not set here: the
-- compression settings of odds_h2h are being added by V71 (TimescaleDB work) and cannot be tested on the embedded
-- PostgreSQL of the test suite; odds_lines should get the same policy there, segmented by match_id and ordered by
-- (bookmaker, market, point, collected_at DESC) so that "the last price at a point" stays one ordered read.
DO $$
BEGIN
    IF to_regclass('timescaledb_information.hypertables') IS NOT NULL THEN
        IF EXISTS (SELECT 1 FROM timescaledb_information.hypertables WHERE hypertable_name = 'odds_h2h') THEN
            PERFORM create_hypertable('odds_lines', 'collected_at', chunk_time_interval => interval '7 days',
                                      migrate_data => true);
        END IF;
    END IF;
END;
$$;

-- odds_lines_latest: per (match, bookmaker, market, point), the last price collected at or before kick-off, kept by
-- triggers exactly as V70 keeps odds_latest (same reasons, same concurrency argument). A line a bookmaker stopped
-- quoting keeps its last row: the CLV job tells a closing line from a stale one by collected_at (the bookmaker's last
-- collection of the market before kick-off), see docs/markets.md.
CREATE TABLE odds_lines_latest (
    match_id              text         NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    bookmaker             text         NOT NULL,
    market                text         NOT NULL,
    point                 numeric(5,2) NOT NULL,
    over_home_odds        numeric(7,3) NOT NULL,
    under_away_odds       numeric(7,3) NOT NULL,
    collected_at          timestamptz  NOT NULL,
    bookmaker_last_update timestamptz,
    PRIMARY KEY (match_id, bookmaker, market, point)
) WITH (fillfactor = 50);

CREATE FUNCTION monps_fold_latest_lines() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO odds_lines_latest AS l (match_id, bookmaker, market, point, over_home_odds, under_away_odds,
                                        collected_at, bookmaker_last_update)
    SELECT DISTINCT ON (n.match_id, n.bookmaker, n.market, n.point)
           n.match_id, n.bookmaker, n.market, n.point, n.over_home_odds, n.under_away_odds, n.collected_at,
           n.bookmaker_last_update
      FROM new_lines n JOIN matches m ON m.id = n.match_id
     WHERE n.collected_at <= m.commence_time
     ORDER BY n.match_id, n.bookmaker, n.market, n.point, n.collected_at DESC
    ON CONFLICT (match_id, bookmaker, market, point) DO UPDATE
       SET over_home_odds = excluded.over_home_odds, under_away_odds = excluded.under_away_odds,
           collected_at = excluded.collected_at, bookmaker_last_update = excluded.bookmaker_last_update
     WHERE excluded.collected_at > l.collected_at;
    RETURN NULL;
END;
$$;

-- TimescaleDB before 2.18 refuses transition tables on hypertables: a row trigger there.
CREATE FUNCTION monps_fold_latest_line() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO odds_lines_latest AS l (match_id, bookmaker, market, point, over_home_odds, under_away_odds,
                                        collected_at, bookmaker_last_update)
    SELECT NEW.match_id, NEW.bookmaker, NEW.market, NEW.point, NEW.over_home_odds, NEW.under_away_odds, NEW.collected_at,
           NEW.bookmaker_last_update
      FROM matches m
     WHERE m.id = NEW.match_id AND NEW.collected_at <= m.commence_time
    ON CONFLICT (match_id, bookmaker, market, point) DO UPDATE
       SET over_home_odds = excluded.over_home_odds, under_away_odds = excluded.under_away_odds,
           collected_at = excluded.collected_at, bookmaker_last_update = excluded.bookmaker_last_update
     WHERE excluded.collected_at > l.collected_at;
    RETURN NULL;
END;
$$;

CREATE FUNCTION monps_recompute_latest_lines() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    DELETE FROM odds_lines_latest WHERE match_id = NEW.id;
    INSERT INTO odds_lines_latest (match_id, bookmaker, market, point, over_home_odds, under_away_odds, collected_at,
                                   bookmaker_last_update)
    SELECT DISTINCT ON (o.bookmaker, o.market, o.point)
           o.match_id, o.bookmaker, o.market, o.point, o.over_home_odds, o.under_away_odds, o.collected_at,
           o.bookmaker_last_update
      FROM odds_lines o
     WHERE o.match_id = NEW.id AND o.collected_at <= NEW.commence_time
     ORDER BY o.bookmaker, o.market, o.point, o.collected_at DESC;
    RETURN NULL;
END;
$$;

CREATE TRIGGER matches_latest_lines_on_insert AFTER INSERT ON matches
    FOR EACH ROW EXECUTE FUNCTION monps_recompute_latest_lines();
CREATE TRIGGER matches_latest_lines_on_kick_off AFTER UPDATE OF commence_time ON matches
    FOR EACH ROW WHEN (OLD.commence_time IS DISTINCT FROM NEW.commence_time)
    EXECUTE FUNCTION monps_recompute_latest_lines();

DO $$
DECLARE
    row_trigger_only boolean := false;
BEGIN
    IF to_regclass('timescaledb_information.hypertables') IS NOT NULL THEN
        EXECUTE $sql$
            SELECT EXISTS (SELECT 1 FROM timescaledb_information.hypertables WHERE hypertable_name = 'odds_lines')
               AND (SELECT regexp_split_to_array(split_part(extversion, '-', 1), '\.')::int[] < ARRAY[2, 18]
                      FROM pg_extension WHERE extname = 'timescaledb')$sql$
            INTO row_trigger_only;
    END IF;
    IF row_trigger_only THEN
        CREATE TRIGGER odds_lines_latest_prices AFTER INSERT ON odds_lines
            FOR EACH ROW EXECUTE FUNCTION monps_fold_latest_line();
    ELSE
        CREATE TRIGGER odds_lines_latest_prices AFTER INSERT ON odds_lines
            REFERENCING NEW TABLE AS new_lines
            FOR EACH STATEMENT EXECUTE FUNCTION monps_fold_latest_lines();
    END IF;
END;
$$;

-- Bets on line markets. point: the line of the side backed (totals: the goal line; spreads: the handicap of the team
-- backed, so an away bet at +0.25 reads the row whose home point is -0.25). closing_point: when the bet's point was no
-- longer quoted at the close (closing_source = 'line_moved'), the closing line of the bookmaker, in the bet's terms.
LOCK TABLE bets IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE bets
    ADD COLUMN market        text NOT NULL DEFAULT 'h2h',
    ADD COLUMN point         numeric(5,2),
    ADD COLUMN closing_point numeric(5,2);

ALTER TABLE bets
    DROP CONSTRAINT bets_outcome_valid,
    DROP CONSTRAINT bets_status_valid,
    DROP CONSTRAINT bets_settlement_consistent,
    ADD CONSTRAINT bets_market_valid CHECK (market IN ('h2h', 'totals', 'spreads')),
    ADD CONSTRAINT bets_outcome_valid CHECK (
        (market = 'h2h' AND outcome IN ('home', 'draw', 'away') AND point IS NULL)
     OR (market = 'totals' AND outcome IN ('over', 'under') AND point IS NOT NULL AND point > 0)
     OR (market = 'spreads' AND outcome IN ('home', 'away') AND point IS NOT NULL)),
    ADD CONSTRAINT bets_point_quarter CHECK (point IS NULL OR mod(point * 4, 1) = 0),
    ADD CONSTRAINT bets_closing_point_quarter CHECK (closing_point IS NULL OR mod(closing_point * 4, 1) = 0),
    ADD CONSTRAINT bets_status_valid CHECK (status IN ('pending', 'won', 'lost', 'void', 'half_won', 'half_lost')),
    -- a half status needs a quarter line: profit is the sum over the two half-stakes, rounded to the cent
    ADD CONSTRAINT bets_settlement_consistent CHECK (
        status NOT IN ('pending', 'won', 'lost', 'void', 'half_won', 'half_lost')
     OR (status = 'pending' AND payout IS NULL AND profit IS NULL AND settled_at IS NULL AND settled_by IS NULL)
     OR (status = 'won'  AND payout = round(stake * odds, 2) AND profit = payout - stake AND settled_at IS NOT NULL AND settled_by IS NOT NULL)
     OR (status = 'lost' AND payout = 0 AND profit = -stake AND settled_at IS NOT NULL AND settled_by IS NOT NULL)
     OR (status = 'void' AND payout = stake AND profit = 0 AND settled_at IS NOT NULL AND settled_by IS NOT NULL)
     OR (status = 'half_won' AND market <> 'h2h' AND profit = round(stake / 2 * (odds - 1), 2) AND payout = stake + profit
         AND settled_at IS NOT NULL AND settled_by IS NOT NULL)
     OR (status = 'half_lost' AND market <> 'h2h' AND profit = round(-stake / 2, 2) AND payout = stake + profit
         AND settled_at IS NOT NULL AND settled_by IS NOT NULL));

-- The running totals of V60 count the new statuses; bets_stats gains their counts (new columns come last: the view's
-- first columns keep their names, types and meaning). Hit rate = won / (won + lost): a half-won or half-lost bet is
-- half a push, neither a win nor a loss, so it is left out of the hit rate; its profit counts in the ROI, whose
-- stakes are those of every decided bet (won, lost, half_won, half_lost; void returns the stake and is left out).
ALTER TABLE bets_totals DROP CONSTRAINT bets_totals_status_check,
    ADD CONSTRAINT bets_totals_status_check CHECK (status IN ('pending', 'won', 'lost', 'void', 'half_won', 'half_lost'));

CREATE OR REPLACE VIEW bets_stats AS
WITH totals AS (
    SELECT coalesce(sum(bets), 0)::bigint                                               AS total,
           coalesce(sum(bets) FILTER (WHERE status = 'won'), 0)::bigint                 AS won,
           coalesce(sum(bets) FILTER (WHERE status = 'lost'), 0)::bigint                AS lost,
           coalesce(sum(bets) FILTER (WHERE status = 'pending'), 0)::bigint             AS pending,
           coalesce(sum(bets) FILTER (WHERE status = 'void'), 0)::bigint                AS voids,
           coalesce(sum(bets) FILTER (WHERE status = 'half_won'), 0)::bigint            AS half_won,
           coalesce(sum(bets) FILTER (WHERE status = 'half_lost'), 0)::bigint           AS half_lost,
           coalesce(sum(staked), 0)                                                     AS staked,
           coalesce(sum(staked) FILTER (WHERE status = 'pending'), 0)                   AS pending_stake,
           coalesce(sum(profit), 0)                                                     AS profit,
           coalesce(sum(staked) FILTER (WHERE status IN ('won', 'lost', 'half_won', 'half_lost')), 0) AS decided_stake,
           coalesce(sum(profit) FILTER (WHERE status IN ('won', 'lost', 'half_won', 'half_lost')), 0) AS decided_profit,
           coalesce(sum(clv_sum), 0)                                                    AS clv_sum,
           coalesce(sum(clv_bets), 0)::bigint                                           AS clv_bets
    FROM bets_totals)
SELECT total                                                                             AS total_bets,
       won                                                                               AS wins,
       lost                                                                              AS losses,
       pending,
       voids,
       staked                                                                            AS total_staked,
       pending_stake,
       profit                                                                            AS total_profit,
       CASE WHEN won + lost = 0 THEN NULL ELSE round(100.0 * won / (won + lost), 2) END AS hit_rate,
       CASE WHEN decided_stake = 0 THEN NULL ELSE round(100.0 * decided_profit / decided_stake, 2) END AS roi,
       CASE WHEN clv_bets = 0 THEN NULL ELSE round(clv_sum / clv_bets, 3) END            AS avg_clv,
       clv_bets,
       half_won                                                                          AS half_wins,
       half_lost                                                                         AS half_losses
FROM totals;

-- Roles of V50: the agent writes the line prices (collector, import); both read them; odds_lines_latest is written by
-- its triggers only (as the owner). The desktop may correct the market and line of a bet it edits, never the closing
-- line the agent's CLV job writes.
DO $$
BEGIN
    IF to_regrole('monps_agent_role') IS NOT NULL THEN
        GRANT SELECT ON odds_lines, odds_lines_latest TO monps_agent_role;
        GRANT INSERT, UPDATE, DELETE ON odds_lines TO monps_agent_role;
    END IF;
    IF to_regrole('monps_desktop_role') IS NOT NULL THEN
        GRANT SELECT ON odds_lines, odds_lines_latest TO monps_desktop_role;
        GRANT UPDATE (market, point) ON bets TO monps_desktop_role;
    END IF;
END;
$$;
