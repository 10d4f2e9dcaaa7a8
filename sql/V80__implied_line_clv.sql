-- The no-vig CLV of a totals or spreads bet whose line moved before the close, from the closing market translated to
-- the bet's line (docs/markets.md, "Implied CLV of a moved line"). Kept apart from closing_fair_prob / clv_fair_pct,
-- which are only ever quoted prices (Pinnacle's two sides at the bet's point), so a screen shows the implied figure as
-- such and never mistakes it for a quoted one; the agent's CLV job writes them, the desktop only reads them.
--   implied_fair_prob  the fair price of the bet's side at its point, as a probability: 1 / the odds at which its
--                      expected profit is 0, priced from the score grid of the implied λh, λa, ρ
--   clv_implied_pct    (odds × implied_fair_prob − 1) × 100
--   implied_source     the closing market the goal expectancies were solved on: Pinnacle's de-vigged 1X2 with its
--                      over/under 2.5 (ρ solved too) or without (ρ fixed), else the consensus of the bookmakers
LOCK TABLE bets IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE bets
    ADD COLUMN implied_fair_prob numeric(7,6),
    ADD COLUMN clv_implied_pct   numeric(9,3),
    ADD COLUMN implied_source    text;

ALTER TABLE bets
    ADD CONSTRAINT bets_implied_source_valid CHECK (implied_source IS NULL OR implied_source IN
        ('pinnacle_1x2_total', 'pinnacle_1x2', 'consensus_1x2_total', 'consensus_1x2')),
    ADD CONSTRAINT bets_implied_clv_complete CHECK (
        (implied_fair_prob IS NULL AND clv_implied_pct IS NULL AND implied_source IS NULL)
     OR (implied_fair_prob > 0 AND implied_fair_prob < 1 AND clv_implied_pct IS NOT NULL AND implied_source IS NOT NULL
         AND market <> 'h2h'));
