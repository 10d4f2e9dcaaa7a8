package com.monps.core.backtest;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.LineQuote;
import com.monps.core.history.Lines;
import com.monps.core.odds.Clv;
import com.monps.core.odds.DevigMethod;
import com.monps.core.odds.FairProbabilities;
import com.monps.core.odds.LineSettlement;
import com.monps.core.odds.SettlementResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code backtest --strategy value-vs-pinnacle --market totals|spreads}, exactly as docs/markets.md defines it: for each
 * played match with Bet365 and Pinnacle opening prices (totals at 2.5, spreads at {@code AHh}), fair p = Pinnacle's two
 * sides de-vigged multiplicatively; each side whose EV = Bet365 price × p − 1 exceeds {@code edge} is backed with one
 * unit and settled per half-stake ({@link LineSettlement}, profit rounded to the cent of a unit); CLV % = (Bet365 price /
 * Pinnacle closing price at the same line − 1) × 100, for spreads only where {@code AHCh} equals {@code AHh} (the other
 * bets count as line moved). With flat stakes no bet depends on another, so matches are taken in any order.
 */
public record LineValueBacktest(Market market, double edge) {

    private static final BigDecimal UNIT = new BigDecimal("1.00");

    public LineValueBacktest {
        Objects.requireNonNull(market, "market");
        if (!market.hasLine()) {
            throw new IllegalArgumentException("a line backtest is on totals or spreads, not " + market.code());
        }
    }

    public LineBacktestReport run(List<HistoricalMatch> history) {
        Tally tally = new Tally();
        bets(history).forEach(tally::count);
        return tally.report(market.code(), (int) history.stream().filter(HistoricalMatch::played).count());
    }

    /** Every bet of the replay, match by match, settled and with its CLV or its moved line. */
    public List<LineBet> bets(List<HistoricalMatch> history) {
        List<LineBet> bets = new ArrayList<>();
        for (HistoricalMatch match : history) {
            if (match.played()) {
                replay(match, bets);
            }
        }
        return bets;
    }

    private void replay(HistoricalMatch match, List<LineBet> bets) {
        LineQuote pinnacle = quotes(match.openingLines()).get(Bookmaker.PINNACLE);
        LineQuote bet365 = quotes(match.openingLines()).get(Bookmaker.BET365);
        if (pinnacle == null || bet365 == null || pinnacle.point().compareTo(bet365.point()) != 0) {
            return;
        }
        FairProbabilities fair = FairProbabilities.fromOdds(DevigMethod.MULTIPLICATIVE,
                pinnacle.overHome().doubleValue(), pinnacle.underAway().doubleValue());
        Map<Bookmaker, LineQuote> closing = quotes(match.closingLines());
        for (int side = 0; side < 2; side++) {
            BigDecimal price = side == 0 ? bet365.overHome() : bet365.underAway();
            if (price.doubleValue() * fair.probability(side) - 1 <= edge) {
                continue;
            }
            Outcome outcome = market.outcomes().get(side);
            BigDecimal point = market == Market.SPREADS && side == 1 ? bet365.point().negate() : bet365.point();
            SettlementResult result = LineSettlement.settle(market, outcome, point, UNIT, price, match.homeGoals(),
                    match.awayGoals());
            LineQuote reference = closingLine(closing);
            BigDecimal closingPoint = reference == null ? null
                    : market == Market.SPREADS && side == 1 ? reference.point().negate() : reference.point();
            Double clv = clv(closing, bet365.point(), side, price);
            LineQuote pinnacleClose = closing.get(Bookmaker.PINNACLE);
            BigDecimal closingPrice = clv == null || pinnacleClose == null ? null
                    : side == 0 ? pinnacleClose.overHome() : pinnacleClose.underAway();
            bets.add(new LineBet(match, market, outcome, point, price, fair.probability(side), result, clv, closingPrice,
                    closingPoint));
        }
    }

    /**
     * A bet of the replay, one unit: {@code clvPct} is null when the line moved (then {@code closingPoint}, the closing
     * line in the bet's terms, differs from {@code point}), NaN when Pinnacle's closing price at the line is unknown;
     * {@code closingPrice} is Pinnacle's closing price of the side at the line, when known.
     */
    public record LineBet(HistoricalMatch match, Market market, Outcome outcome, BigDecimal point, BigDecimal price,
                          double fairProbability, SettlementResult result, Double clvPct, BigDecimal closingPrice,
                          BigDecimal closingPoint) {

        public boolean lineMoved() {
            return clvPct == null;
        }
    }

    /**
     * The closing line: Pinnacle's, else Bet365's (a file gives both the one {@code AHCh}; the database may hold a
     * different closing line per bookmaker); null when neither closed.
     */
    private static LineQuote closingLine(Map<Bookmaker, LineQuote> closing) {
        LineQuote pinnacle = closing.get(Bookmaker.PINNACLE);
        return pinnacle != null ? pinnacle : closing.get(Bookmaker.BET365);
    }

    /** The CLV of a bet, NaN when Pinnacle's closing price at the line is unknown, null when the line moved. */
    private static Double clv(Map<Bookmaker, LineQuote> closing, BigDecimal line, int side, BigDecimal price) {
        LineQuote pinnacle = closing.get(Bookmaker.PINNACLE);
        LineQuote reference = closingLine(closing);
        if (reference != null && reference.point().compareTo(line) != 0) {
            return null;
        }
        if (pinnacle == null) {
            return Double.NaN;
        }
        BigDecimal close = side == 0 ? pinnacle.overHome() : pinnacle.underAway();
        return Clv.percent(price.doubleValue(), close.doubleValue());
    }

    private Map<Bookmaker, LineQuote> quotes(Lines lines) {
        return market == Market.TOTALS ? lines.totals() : lines.spreads();
    }

    private static final class Tally {
        private final Map<BetStatus, Integer> statuses = new EnumMap<>(BetStatus.class);
        private int bets;
        private BigDecimal profit = BigDecimal.ZERO;
        private double clvSum;
        private int clvBets;
        private int lineMoved;

        void count(LineBet bet) {
            SettlementResult result = bet.result();
            Double clv = bet.clvPct();
            bets++;
            statuses.merge(result.status(), 1, Integer::sum);
            profit = profit.add(result.profit());
            if (clv == null) {
                lineMoved++;
            } else if (!clv.isNaN()) {
                clvSum += clv;
                clvBets++;
            }
        }

        LineBacktestReport report(String market, int matches) {
            BigDecimal staked = UNIT.multiply(BigDecimal.valueOf(bets));
            return new LineBacktestReport(market, matches, bets, of(BetStatus.WON), of(BetStatus.HALF_WON),
                    of(BetStatus.VOID), of(BetStatus.HALF_LOST), of(BetStatus.LOST), staked, profit,
                    bets == 0 ? null : profit.doubleValue() / bets * 100, clvBets == 0 ? null : clvSum / clvBets,
                    clvBets, lineMoved);
        }

        private int of(BetStatus status) {
            return statuses.getOrDefault(status, 0);
        }
    }
}
