package com.monps.agent.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * JSON answers in The Odds API v4's exact format (modelled on the real responses in ../shared/fixtures), written by
 * hand: outcomes come in the API's order (away, home, Draw), prices are decimals, times ISO-8601.
 */
public final class Payloads {

    private Payloads() {
    }

    public static String array(String... items) {
        return Arrays.stream(items).collect(Collectors.joining(",\n", "[\n", "\n]"));
    }

    public static String event(String id, String sportKey, String sportTitle, Instant commence, String home, String away,
                               String... bookmakers) {
        return """
                {"id": "%s", "sport_key": "%s", "sport_title": "%s", "commence_time": "%s",
                 "home_team": "%s", "away_team": "%s", "bookmakers": %s}""".formatted(id, sportKey, sportTitle, commence, home,
                away, array(bookmakers));
    }

    /** A bookmaker with one h2h market; {@code draw} null for a two-way sport. */
    public static String bookmaker(String key, Instant lastUpdate, String home, String homePrice, String away,
                                   String awayPrice, String draw) {
        return bookmakerWithMarkets(key, lastUpdate, market("h2h", lastUpdate, home, homePrice, away, awayPrice, draw));
    }

    public static String bookmakerWithMarkets(String key, Instant lastUpdate, String... markets) {
        return """
                {"key": "%s", "title": "%s", "last_update": "%s", "markets": %s}""".formatted(key, key.toUpperCase(),
                lastUpdate, array(markets));
    }

    public static String market(String marketKey, Instant lastUpdate, String home, String homePrice, String away,
                                String awayPrice, String draw) {
        String outcomes = outcome(away, awayPrice) + ", " + outcome(home, homePrice)
                + (draw == null ? "" : ", " + outcome("Draw", draw));
        return """
                {"key": "%s", "last_update": "%s", "outcomes": [%s]}""".formatted(marketKey, lastUpdate, outcomes);
    }

    /** A totals market in the API's format: one Over and one Under outcome per line, each with its {@code point}. */
    public static String totals(Instant lastUpdate, String... pointOverUnder) {
        StringBuilder outcomes = new StringBuilder();
        for (int i = 0; i < pointOverUnder.length; i += 3) {
            outcomes.append(outcomes.isEmpty() ? "" : ", ")
                    .append(pointed("Over", pointOverUnder[i + 1], pointOverUnder[i])).append(", ")
                    .append(pointed("Under", pointOverUnder[i + 2], pointOverUnder[i]));
        }
        return "{\"key\": \"totals\", \"last_update\": \"" + lastUpdate + "\", \"outcomes\": [" + outcomes + "]}";
    }

    /** A spreads market in the API's format: each team with its signed handicap, the away team first. */
    public static String spreads(Instant lastUpdate, String home, String homePoint, String homePrice, String away,
                                 String awayPrice) {
        String awayPoint = new BigDecimal(homePoint).negate().toPlainString();
        return "{\"key\": \"spreads\", \"last_update\": \"" + lastUpdate + "\", \"outcomes\": ["
                + pointed(away, awayPrice, awayPoint) + ", " + pointed(home, homePrice, homePoint) + "]}";
    }

    private static String pointed(String name, String price, String point) {
        return "{\"name\": \"" + name + "\", \"price\": " + price + ", \"point\": " + point + "}";
    }

    private static String outcome(String name, String price) {
        return "{\"name\": \"" + name + "\", \"price\": " + price + "}";
    }

    /** One /scores entry; {@code homeScore} null gives {@code "scores": null} (not started). */
    public static String score(String id, String sportKey, Instant commence, boolean completed, String home, String homeScore,
                               String away, String awayScore, Instant lastUpdate) {
        String scores = homeScore == null ? "null"
                : "[{\"name\": \"" + home + "\", \"score\": \"" + homeScore + "\"}, {\"name\": \"" + away + "\", \"score\": \""
                + awayScore + "\"}]";
        return """
                {"id": "%s", "sport_key": "%s", "sport_title": "%s", "commence_time": "%s", "completed": %s,
                 "home_team": "%s", "away_team": "%s", "scores": %s, "last_update": %s}""".formatted(id, sportKey,
                sportKey.toUpperCase(), commence, completed, home, away, scores,
                lastUpdate == null ? "null" : "\"" + lastUpdate + "\"");
    }

    public static String error(String code, String message) {
        return """
                {"message": "%s", "error_code": "%s", "details_url": "https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html#%s"}"""
                .formatted(message, code, code.toLowerCase().replace('_', '-'));
    }
}
