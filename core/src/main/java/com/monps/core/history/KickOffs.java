package com.monps.core.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Times of an imported match. football-data.co.uk gives kick-off in UK local time and does not say when its prices were
 * collected, so Mon_PS dates them by rule:
 * <ul>
 *   <li>kick-off = {@code Date} + {@code Time} in Europe/London, converted to UTC; 15:00 when {@code Time} is absent
 *       (older seasons, and the traditional Saturday kick-off);</li>
 *   <li>opening prices: kick-off − 3 days (football-data collects them on Friday afternoon for weekend games and on
 *       Tuesday for midweek ones; 3 days earlier is never after kick-off, so a scan "as of" a time only sees prices
 *       that existed then);</li>
 *   <li>closing prices: kick-off − 1 minute, so "last price at or before kick-off" picks them.</li>
 * </ul>
 */
public final class KickOffs {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final LocalTime DEFAULT_KICK_OFF = LocalTime.of(15, 0);
    public static final Duration OPENING_BEFORE_KICK_OFF = Duration.ofDays(3);
    public static final Duration CLOSING_BEFORE_KICK_OFF = Duration.ofMinutes(1);

    private KickOffs() {
    }

    public static Instant kickOff(LocalDate date, LocalTime ukTime) {
        return date.atTime(ukTime == null ? DEFAULT_KICK_OFF : ukTime).atZone(UK).toInstant();
    }

    public static Instant openingTime(Instant kickOff) {
        return kickOff.minus(OPENING_BEFORE_KICK_OFF);
    }

    public static Instant closingTime(Instant kickOff) {
        return kickOff.minus(CLOSING_BEFORE_KICK_OFF);
    }
}
