package com.monps.core.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A goal line or handicap: a multiple of 0.25. A whole (2, −1) or half (2.5, −0.5) line takes the whole stake; a quarter
 * line (2.25, −0.75) is two half-stakes on its neighbouring lines: −0.25 is half on 0 and half on −0.5.
 */
public record Line(BigDecimal point) {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    public Line {
        Objects.requireNonNull(point, "point");
        if (!isQuarterMultiple(point)) {
            throw new IllegalArgumentException("point must be a multiple of 0.25 (got " + point.toPlainString() + ")");
        }
        point = point.setScale(2);
    }

    public static Line of(String point) {
        return new Line(new BigDecimal(point));
    }

    public static boolean isQuarterMultiple(BigDecimal point) {
        return point.multiply(FOUR).stripTrailingZeros().scale() <= 0;
    }

    /** Whether the line splits the stake (x.25, x.75). */
    public boolean isQuarter() {
        return point.multiply(FOUR).remainder(BigDecimal.TWO).abs().compareTo(BigDecimal.ONE) == 0;
    }

    /** The lines of the two half-stakes: the neighbours of a quarter line, else this line twice. */
    public List<BigDecimal> halves() {
        return isQuarter() ? List.of(point.subtract(QUARTER), point.add(QUARTER)) : List.of(point, point);
    }
}
