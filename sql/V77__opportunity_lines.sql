-- Opportunities on line markets: an opportunity names its market (h2h, totals, spreads) and, on a line market, its
-- point (the goal line, or the handicap of the side backed, as on bets). An h2h opportunity has no point, exactly as
-- every row written before this migration.
ALTER TABLE opportunities
    ADD COLUMN market text         NOT NULL DEFAULT 'h2h' CHECK (market IN ('h2h', 'totals', 'spreads')),
    ADD COLUMN point  numeric(5,2) CHECK (mod(point * 4, 1) = 0);

ALTER TABLE opportunities DROP CONSTRAINT opportunities_outcome_check;
ALTER TABLE opportunities
    ADD CONSTRAINT opportunities_outcome_of_market CHECK (
        (market = 'h2h'     AND outcome IN ('home', 'draw', 'away') AND point IS NULL) OR
        (market = 'totals'  AND outcome IN ('over', 'under')        AND point > 0) OR
        (market = 'spreads' AND outcome IN ('home', 'away')         AND point IS NOT NULL));

-- One row per (match, market, point, outcome, bookmaker, agent); an h2h row's null point is one key, not many.
ALTER TABLE opportunities DROP CONSTRAINT opportunities_one_per_agent;
ALTER TABLE opportunities
    ADD CONSTRAINT opportunities_one_per_agent UNIQUE NULLS NOT DISTINCT (match_id, market, point, outcome, bookmaker, agent_name);
