package com.monps.core.odds;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Line;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Settles a bet on a goal total or an Asian handicap, per half-stake of its {@link Line}. For each half on line {@code l}:
 * spreads {@code d = goals for the side backed − goals against + l}; over {@code d = goals − l}; under
 * {@code d = l − goals}. {@code d > 0} wins {@code stake/2 × (odds − 1)}, {@code d = 0} pushes (0), {@code d < 0} loses
 * {@code stake/2}. The profit is the sum over the halves rounded to the cent (half up, as PostgreSQL's {@code round});
 * the payout is {@code stake + profit}. Both halves win: won; both lose: lost; both push: void; one wins and one pushes:
 * half_won; one loses and one pushes: half_lost (neighbouring lines are 0.5 apart, so one half never wins while the
 * other loses).
 */
public final class LineSettlement {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private LineSettlement() {
    }

    /**
     * @param point the line of the side backed: the goal line for totals, the side's handicap for spreads
     * @throws IllegalArgumentException if the market is h2h, the outcome does not belong to the market, the point is
     *                                  not a multiple of 0.25, the stake is not whole cents or the odds not above 1
     */
    public static SettlementResult settle(Market market, Outcome side, BigDecimal point, BigDecimal stake, BigDecimal odds,
                                          int homeGoals, int awayGoals) {
        Objects.requireNonNull(market, "market");
        if (!market.hasLine() || !market.outcomes().contains(side)) {
            throw new IllegalArgumentException("a " + market.code() + " bet on " + side + " is not a line bet");
        }
        BigDecimal cents = Settlement.requireStake(stake);
        Checks.requireOdds(odds);
        Outcome result = Settlement.resultOf(homeGoals, awayGoals);
        BigDecimal halfStake = cents.divide(TWO);
        BigDecimal profit = BigDecimal.ZERO;
        int wins = 0;
        int losses = 0;
        List<BigDecimal> halves = new Line(point).halves();
        for (BigDecimal line : halves) {
            int d = margin(market, side, line, homeGoals, awayGoals).signum();
            if (d > 0) {
                wins++;
                profit = profit.add(halfStake.multiply(odds.subtract(BigDecimal.ONE)));
            } else if (d < 0) {
                losses++;
                profit = profit.subtract(halfStake);
            }
        }
        BigDecimal rounded = profit.setScale(2, RoundingMode.HALF_UP);
        return new SettlementResult(status(wins, losses), result, homeGoals + "-" + awayGoals, cents.add(rounded), rounded);
    }

    /** d of one half-stake on {@code line}. */
    static BigDecimal margin(Market market, Outcome side, BigDecimal line, int homeGoals, int awayGoals) {
        BigDecimal home = BigDecimal.valueOf(homeGoals);
        BigDecimal away = BigDecimal.valueOf(awayGoals);
        return switch (side) {
            case OVER -> home.add(away).subtract(line);
            case UNDER -> line.subtract(home.add(away));
            case HOME -> home.subtract(away).add(line);
            case AWAY -> away.subtract(home).add(line);
            case DRAW -> throw new IllegalArgumentException("a " + market.code() + " bet cannot back the draw");
        };
    }

    private static BetStatus status(int wins, int losses) {
        if (wins == 2) {
            return BetStatus.WON;
        }
        if (losses == 2) {
            return BetStatus.LOST;
        }
        return wins == 1 ? BetStatus.HALF_WON : losses == 1 ? BetStatus.HALF_LOST : BetStatus.VOID;
    }
}
