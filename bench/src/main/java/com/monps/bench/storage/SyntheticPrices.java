package com.monps.bench.storage;

import com.monps.core.db.Database;

import java.time.Duration;
import java.time.Instant;

/**
 * A year of collected prices generated inside the database (10^7 rows do not fit the bench JVM as objects): matches
 * with Odds API-like ids (32 hex characters) kicking off evenly over the year, 20 bookmakers, a poll every 9 hours in the
 * 9 days before kick-off. Each price is a random walk: at each poll it moves with probability 0.35 by -2 to +2 cents,
 * and the bookmaker's own update time is up to 10 minutes before the collection, so that compression meets roughly
 * the repetition of real lines rather than a regular pattern. The second half of the matches kicks off after a 60-day
 * pause (longer than a 28-day chunk plus the 9-day poll window), so that no chunk holds prices of both halves: the
 * first half can be measured compressed on its own.
 */
record SyntheticPrices(int matches, int bookmakers, int polls, Instant start, Duration span) {

    static final Duration POLL_EVERY = Duration.ofHours(9);
    static final Duration BREAK = Duration.ofDays(60);

    static SyntheticPrices forRows(long rows, Instant start) {
        int bookmakers = 20;
        int polls = 25;
        return new SyntheticPrices((int) Math.max(1, rows / (bookmakers * polls)), bookmakers, polls, start, Duration.ofDays(365));
    }

    long rows() {
        return (long) matches * bookmakers * polls;
    }

    /** The kick-off of match {@code m} (0-based): spread evenly over the span, after the first poll window. */
    Instant kickOff(int m) {
        return start.plus(POLL_EVERY.multipliedBy(polls)).plus(span.multipliedBy(m).dividedBy(matches))
                .plus(m >= secondHalf() ? BREAK : Duration.ZERO);
    }

    int secondHalf() {
        return matches / 2;
    }

    static String matchId(int m) {
        return "md5('m" + m + "')";
    }

    /** Stores matches [from, to) and their prices; matches first, so that odds_latest folds every batch. */
    void load(Database db, int from, int to) {
        db.dsl().execute("""
                INSERT INTO matches (id, sport_key, league, commence_time, home_team, away_team)
                SELECT md5('m' || m), 'soccer_epl', 'EPL',
                       CAST(? AS timestamptz) + ? * interval '1 second' * m + CASE WHEN m >= ? THEN ? * interval '1 day'
                       ELSE interval '0 days' END, 'Home ' || m, 'Away ' || m
                  FROM generate_series(?, ? - 1) AS m""", firstKickOff(), secondsBetweenKickOffs(), secondHalf(), BREAK.toDays(), from, to);
        // one statement per 1 000 matches: half a million rows per transaction
        for (int batch = from; batch < to; batch += 1000) {
            db.dsl().execute("""
                    INSERT INTO odds_h2h (match_id, bookmaker, home_odds, draw_odds, away_odds, collected_at, bookmaker_last_update)
                    SELECT id, bookmaker, round(home + sum(home_step) OVER line, 2), round(draw + sum(draw_step) OVER line, 2),
                           round(away + sum(away_step) OVER line, 2), at, at - random() * interval '10 minutes'
                      FROM (SELECT md5('m' || m) AS id, 'bookmaker_' || b AS bookmaker, m, b, p,
                                   k - (? - p) * interval '9 hours' AS at,
                                   1.60 + (m % 250) / 100.0 + b * 0.01 AS home, 3.10 + (m % 90) / 100.0 AS draw,
                                   2.40 + (m % 400) / 100.0 - b * 0.01 AS away,
                                   CASE WHEN random() < 0.35 THEN (floor(random() * 5)::int - 2) * 0.01 ELSE 0 END AS home_step,
                                   CASE WHEN random() < 0.35 THEN (floor(random() * 5)::int - 2) * 0.01 ELSE 0 END AS draw_step,
                                   CASE WHEN random() < 0.35 THEN (floor(random() * 5)::int - 2) * 0.01 ELSE 0 END AS away_step
                              FROM generate_series(?, ? - 1) AS m
                             CROSS JOIN LATERAL (SELECT CAST(? AS timestamptz) + ? * interval '1 second' * m
                                           + CASE WHEN m >= ? THEN ? * interval '1 day' ELSE interval '0 days' END AS k) t
                             CROSS JOIN generate_series(0, ? - 1) AS b
                             CROSS JOIN generate_series(0, ? - 1) AS p) polls
                    WINDOW line AS (PARTITION BY m, b ORDER BY p)""",
                    polls, batch, Math.min(to, batch + 1000), firstKickOff(), secondsBetweenKickOffs(), secondHalf(),
                    BREAK.toDays(), bookmakers, polls);
        }
    }

    private java.time.OffsetDateTime firstKickOff() {
        return kickOff(0).atOffset(java.time.ZoneOffset.UTC);
    }

    private double secondsBetweenKickOffs() {
        return span.toSeconds() / (double) matches;
    }
}
