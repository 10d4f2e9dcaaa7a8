-- bets_stats from running totals instead of a scan of every bet: with a million bets the V1 view took ~0.5 s,
-- this one reads a handful of rows (figures in bench/RESULTS.md, "Dashboard statistics").
--
-- bets_totals holds partial sums per status; the true totals are the sums of all its rows. Each statement on bets
-- appends one row per status it changed, then folds every committed row into one per status unless another
-- transaction is folding. Appending never waits on another writer and the fold only try-locks, so two jobs writing
-- bets at the same time (settle, CLV) cannot deadlock on the totals, as they could if both updated one shared row.
-- The trigger functions run as the owner (SECURITY DEFINER): the roles of V50 write bets, never bets_totals directly.

LOCK TABLE bets IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE bets_totals (
    status   text    NOT NULL CHECK (status IN ('pending', 'won', 'lost', 'void')),
    bets     bigint  NOT NULL,
    staked   numeric NOT NULL,
    profit   numeric NOT NULL,
    clv_sum  numeric NOT NULL,
    clv_bets bigint  NOT NULL
);

INSERT INTO bets_totals (status, bets, staked, profit, clv_sum, clv_bets)
SELECT status, count(*), sum(stake), coalesce(sum(profit), 0), coalesce(sum(clv_percent), 0), count(clv_percent)
FROM bets
GROUP BY status;

CREATE FUNCTION monps_bets_totals_fold() RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF pg_try_advisory_xact_lock(hashtext('monps_bets_totals')) THEN
        WITH folded AS (DELETE FROM bets_totals RETURNING *)
        INSERT INTO bets_totals (status, bets, staked, profit, clv_sum, clv_bets)
        SELECT status, sum(bets), sum(staked), sum(profit), sum(clv_sum), sum(clv_bets)
        FROM folded
        GROUP BY status
        HAVING sum(bets) <> 0;
    END IF;
END;
$$;

-- One function for the three statement triggers: each sees only its own transition tables, hence the dynamic SQL.
CREATE FUNCTION monps_bets_totals_apply() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    changes text := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT 1 AS sign, status, stake, profit, clv_percent FROM new_bets'
        WHEN 'DELETE' THEN 'SELECT -1 AS sign, status, stake, profit, clv_percent FROM old_bets'
        ELSE 'SELECT 1 AS sign, status, stake, profit, clv_percent FROM new_bets'
             ' UNION ALL SELECT -1, status, stake, profit, clv_percent FROM old_bets' END;
    appended bigint;
BEGIN
    EXECUTE 'INSERT INTO bets_totals (status, bets, staked, profit, clv_sum, clv_bets)
             SELECT status, sum(sign), sum(sign * stake), coalesce(sum(sign * profit), 0),
                    coalesce(sum(sign * clv_percent), 0), coalesce(sum(sign) FILTER (WHERE clv_percent IS NOT NULL), 0)
             FROM (' || changes || ') AS change
             GROUP BY status
             HAVING sum(sign) <> 0 OR sum(sign * stake) <> 0 OR coalesce(sum(sign * profit), 0) <> 0
                 OR coalesce(sum(sign * clv_percent), 0) <> 0
                 OR coalesce(sum(sign) FILTER (WHERE clv_percent IS NOT NULL), 0) <> 0';
    GET DIAGNOSTICS appended = ROW_COUNT;
    IF appended > 0 THEN
        PERFORM monps_bets_totals_fold();
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION monps_bets_totals_reset() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM bets_totals;
    RETURN NULL;
END;
$$;

CREATE TRIGGER bets_totals_insert AFTER INSERT ON bets REFERENCING NEW TABLE AS new_bets
    FOR EACH STATEMENT EXECUTE FUNCTION monps_bets_totals_apply();
CREATE TRIGGER bets_totals_update AFTER UPDATE ON bets REFERENCING OLD TABLE AS old_bets NEW TABLE AS new_bets
    FOR EACH STATEMENT EXECUTE FUNCTION monps_bets_totals_apply();
CREATE TRIGGER bets_totals_delete AFTER DELETE ON bets REFERENCING OLD TABLE AS old_bets
    FOR EACH STATEMENT EXECUTE FUNCTION monps_bets_totals_apply();
CREATE TRIGGER bets_totals_truncate AFTER TRUNCATE ON bets
    FOR EACH STATEMENT EXECUTE FUNCTION monps_bets_totals_reset();

-- Same columns, types and meaning as the V1 view.
CREATE OR REPLACE VIEW bets_stats AS
WITH totals AS (
    SELECT coalesce(sum(bets), 0)::bigint                                               AS total,
           coalesce(sum(bets) FILTER (WHERE status = 'won'), 0)::bigint                 AS won,
           coalesce(sum(bets) FILTER (WHERE status = 'lost'), 0)::bigint                AS lost,
           coalesce(sum(bets) FILTER (WHERE status = 'pending'), 0)::bigint             AS pending,
           coalesce(sum(bets) FILTER (WHERE status = 'void'), 0)::bigint                AS voids,
           coalesce(sum(staked), 0)                                                     AS staked,
           coalesce(sum(staked) FILTER (WHERE status = 'pending'), 0)                   AS pending_stake,
           coalesce(sum(profit), 0)                                                     AS profit,
           coalesce(sum(staked) FILTER (WHERE status IN ('won', 'lost')), 0)            AS decided_stake,
           coalesce(sum(profit) FILTER (WHERE status IN ('won', 'lost')), 0)            AS decided_profit,
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
       clv_bets
FROM totals;
