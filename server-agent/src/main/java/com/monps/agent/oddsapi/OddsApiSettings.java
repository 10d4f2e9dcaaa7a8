package com.monps.agent.oddsapi;

import okhttp3.HttpUrl;

import java.util.List;

/**
 * Where and how the client calls The Odds API. When {@code bookmakers} is set it replaces {@code regions} in odds calls
 * (the API then bills every 10 bookmakers as one region).
 */
public record OddsApiSettings(HttpUrl baseUrl, String apiKey, List<String> regions, List<String> bookmakers, RetryPolicy retry) {

    public OddsApiSettings {
        regions = List.copyOf(regions);
        bookmakers = List.copyOf(bookmakers);
        if (regions.isEmpty() && bookmakers.isEmpty()) {
            throw new IllegalArgumentException("MONPS_REGIONS or MONPS_BOOKMAKERS must name at least one region or bookmaker");
        }
    }

    public static HttpUrl parseUrl(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException("MONPS_ODDS_API_URL must be an http(s) URL (got '" + url + "')");
        }
        return parsed;
    }

    /** Credits one h2h odds call costs: markets × regions, or one per 10 bookmakers when bookmakers are named. */
    public int oddsCallCost() {
        int regionUnits = bookmakers.isEmpty() ? regions.size() : (bookmakers.size() + 9) / 10;
        return regionUnits;
    }
}
