package com.monps.desktop.history;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The seasons the first start offers, derived from today: a season starts in August, so on 2026-12-01 the current one
 * is 2026/27 and in July 2026 it is still 2025/26. The current season comes first, then the {@link #EARLIER} before it,
 * each for the six leagues Mon_PS knows; football-data.co.uk publishes all of them.
 */
public final class SeasonCatalog {

    static final int EARLIER = 9;
    private static final List<String> DIVISIONS = List.of("E0", "E1", "F1", "D1", "I1", "SP1");
    private static final List<String> BIG_FIVE = List.of("E0", "F1", "D1", "I1", "SP1");

    private final Clock clock;

    public SeasonCatalog(Clock clock) {
        this.clock = clock;
    }

    /** The start year of the season under way today. */
    public int currentStartYear() {
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
    }

    public boolean isCurrent(Season season) {
        return season.startYear() == currentStartYear();
    }

    /** Newest season first; within a season, the leagues in {@link #DIVISIONS} order. */
    public List<Season> offered() {
        List<Season> seasons = new ArrayList<>();
        for (int year = currentStartYear(); year >= currentStartYear() - EARLIER; year--) {
            for (String division : DIVISIONS) {
                seasons.add(new Season(division, year));
            }
        }
        return seasons;
    }

    /** Ticked unless the trader chooses: the five big leagues, this season and the last. */
    public List<Season> defaults() {
        List<Season> seasons = new ArrayList<>();
        for (int year = currentStartYear(); year >= currentStartYear() - 1; year--) {
            for (String division : BIG_FIVE) {
                seasons.add(new Season(division, year));
            }
        }
        return seasons;
    }
}
