package com.monps.desktop.fx;

import com.monps.core.domain.Line;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.List;

/**
 * How markets, lines and sides read on screen, in the interface's language: "Totals 2.5", "AH −0.25", "Over 2.5",
 * "Home −0.25", and the one line that explains a quarter line ("−0.25: half the stake on 0, half on −0.5"). A handicap
 * carries its sign (a true minus, U+2212); a goal line does not.
 */
public final class MarketText {

    private static final char MINUS = '\u2212';

    private final I18n i18n;

    public MarketText(I18n i18n) {
        this.i18n = i18n;
    }

    /** The market's full name: 1X2, Totals, Asian handicap. */
    public String market(Market market) {
        return i18n.get("market." + market.code());
    }

    /** The market with its line, short: "1X2", "Totals 2.5", "AH −0.25". */
    public String marketAndLine(MarketSide side) {
        String name = i18n.get("market.short." + side.market().code());
        return side.point() == null ? name : name + " " + point(side.market(), side.point());
    }

    /** The side with its line: "Home", "Over 2.5", "Away +0.25". */
    public String selection(MarketSide side) {
        String name = outcome(side.outcome());
        return side.point() == null ? name : name + " " + point(side.market(), side.point());
    }

    /** The side with its market when it is on a line, for a sentence: "Home", "Totals: Over 2.5", "Asian handicap: Home −0.25". */
    public String describe(MarketSide side) {
        return side.market().hasLine() ? i18n.format("market.describe", market(side.market()), selection(side)) : selection(side);
    }

    public String outcome(Outcome outcome) {
        return i18n.get("outcome." + outcome.code());
    }

    /** A line as the trader reads it: "2.5" for a goal line, "−0.25", "+0.25" or "0" for a handicap. */
    public String point(Market market, BigDecimal point) {
        String digits = number(point.abs());
        if (market != Market.SPREADS || point.signum() == 0) {
            return point.signum() < 0 ? MINUS + digits : digits;
        }
        return (point.signum() < 0 ? MINUS : '+') + digits;
    }

    /**
     * One line on how the stake rides on {@code point}: a quarter line is half the stake on each neighbouring line
     * ({@link Line#halves()}), a whole line can push, a half line cannot. Empty when the point is not a line.
     */
    public String lineExplanation(Market market, BigDecimal point) {
        if (!market.hasLine() || point == null || !Line.isQuarterMultiple(point)) {
            return "";
        }
        Line line = new Line(point);
        String shown = point(market, point);
        if (line.isQuarter()) {
            // the half nearer zero first, as a trader says it: −0.25 is "0 and −0.5", 2.75 is "2.5 and 3"
            List<BigDecimal> halves = line.halves().stream().sorted(Comparator.comparing(BigDecimal::abs)).toList();
            return i18n.format("line.quarter", shown, point(market, halves.get(0)), point(market, halves.get(1)));
        }
        return i18n.format(line.point().stripTrailingZeros().scale() <= 0 ? "line.whole" : "line.half", shown);
    }

    private String number(BigDecimal value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(i18n.locale())).format(value);
    }
}
