package com.monps.core.domain;

import java.math.BigDecimal;
import java.util.List;

/** The rules tying a bet's market, outcome and point together; each refusal names the field and the reason. */
final class BetLine {

    private BetLine() {
    }

    /**
     * The point as stored (two decimals), or null for h2h; throws {@link InvalidFieldException} naming the field when
     * the combination is invalid.
     */
    static BigDecimal check(Market market, Outcome outcome, BigDecimal point) {
        if (!market.outcomes().contains(outcome)) {
            throw new InvalidFieldException("outcome", "outcome: " + (market == Market.H2H ? "an " : "a ") + market.code() + " bet backs " + sides(market)
                    + ", not " + outcome.code());
        }
        if (!market.hasLine()) {
            if (point != null) {
                throw new InvalidFieldException("point", "point: an h2h bet has no point (got " + point.toPlainString() + ")");
            }
            return null;
        }
        if (point == null) {
            throw new InvalidFieldException("point", "point: a " + market.code() + " bet needs a point ("
                    + (market == Market.TOTALS ? "the goal line, e.g. 2.5" : "the handicap of the side backed, e.g. -0.25") + ")");
        }
        if (!Line.isQuarterMultiple(point)) {
            throw new InvalidFieldException("point", "point: must be a multiple of 0.25 (got " + point.toPlainString() + ")");
        }
        if (market == Market.TOTALS && point.signum() <= 0) {
            throw new InvalidFieldException("point", "point: a goal line must be above 0 (got " + point.toPlainString() + ")");
        }
        return new Line(point).point();
    }

    private static String sides(Market market) {
        List<String> codes = market.outcomes().stream().map(Outcome::code).toList();
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.getLast();
    }
}
