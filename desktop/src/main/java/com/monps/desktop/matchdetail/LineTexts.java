package com.monps.desktop.matchdetail;

import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.core.model.LineProbabilities;
import com.monps.desktop.fx.I18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How the match detail writes lines: a goal line plainly (2.5), a handicap signed (−0.25), and a line's settlement. */
final class LineTexts {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private final I18n i18n;
    private final DecimalFormat plain;
    private final DecimalFormat signed;

    LineTexts(I18n i18n) {
        this.i18n = i18n;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(i18n.locale());
        this.plain = new DecimalFormat("0.##", symbols);
        this.signed = new DecimalFormat("+0.##;\u22120.##", symbols);
    }

    /** A line as the selector offers it: the goal line, or the home team's handicap. */
    String line(Market market, BigDecimal point) {
        if (point == null) {
            return "";
        }
        return market == Market.SPREADS ? i18n.get("outcome.home") + " " + number(market, point) : number(market, point);
    }

    /** A side at a stored line: "Over 2.5", "Away +0.25" (the away side carries the opposite of home's handicap). */
    String side(Market market, BigDecimal storedPoint, Outcome side) {
        return i18n.get("outcome." + side.code()) + " " + number(market, MatchDetailView.betPoint(market, storedPoint, side));
    }

    /**
     * How the side at its own point settles, with the model's chances: a half line wins or loses, a whole line can push,
     * a quarter line is two half stakes on its neighbours.
     */
    String settlement(Market market, BigDecimal sidePoint, Outcome side, LineProbabilities p) {
        int quarters = sidePoint.divide(QUARTER).intValueExact();
        String chances;
        if (Math.floorMod(quarters, 2) == 1) {
            List<BigDecimal> halves = new ArrayList<>(List.of(sidePoint.subtract(QUARTER), sidePoint.add(QUARTER)));
            halves.sort(Comparator.comparing(BigDecimal::abs));
            chances = i18n.format("match.line.quarter", number(market, halves.get(0)), number(market, halves.get(1)),
                    percent(p.win()), percent(p.halfWin()), percent(p.halfLoss()), percent(p.loss()));
        } else if (Math.floorMod(quarters, 4) == 0) {
            chances = i18n.format("match.line.whole", percent(p.win()), percent(p.push()), percent(p.loss()));
        } else {
            chances = i18n.format("match.line.half", percent(p.win()), percent(p.loss()));
        }
        return chances;
    }

    private String number(Market market, BigDecimal point) {
        return market == Market.SPREADS && point.signum() != 0 ? signed.format(point) : plain.format(point);
    }

    private String percent(double p) {
        return String.format(i18n.locale(), "%.1f %%", p * 100);
    }
}
