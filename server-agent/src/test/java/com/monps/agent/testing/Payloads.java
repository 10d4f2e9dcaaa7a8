package com.monps.agent.testing;

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
