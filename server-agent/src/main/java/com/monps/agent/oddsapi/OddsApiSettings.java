package com.monps.agent.oddsapi;

import com.monps.core.domain.Market;
import okhttp3.HttpUrl;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where and how the client calls The Odds API. When {@code bookmakers} is set it replaces {@code regions} in odds calls
 * (the API then bills every 10 bookmakers as one region). {@code markets} are asked in one odds call ({@code MONPS_MARKETS}).
 */
public record OddsApiSettings(HttpUrl baseUrl, String apiKey, List<String> regions, List<String> bookmakers, RetryPolicy retry,
                              List<Market> markets) {

    public OddsApiSettings {
        regions = List.copyOf(regions);
        bookmakers = List.copyOf(bookmakers);
        markets = List.copyOf(new LinkedHashSet<>(markets));
        if (markets.isEmpty()) {
            throw new IllegalArgumentException("MONPS_MARKETS must name at least one market (h2h, totals, spreads)");
        }
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

    /** Credits one odds call costs: markets × regions, a region being one per 10 bookmakers when bookmakers are named. */
    public int oddsCallCost() {
        return markets.size() * marketCost();
    }

    /** Credits each market adds to an odds call: the regions (or groups of 10 bookmakers) it is asked for. */
    public int marketCost() {
        return bookmakers.isEmpty() ? regions.size() : (bookmakers.size() + 9) / 10;
    }

    /** The {@code markets} parameter of an odds call: {@code h2h,totals,spreads}. */
    public String marketsParameter() {
        return String.join(",", markets.stream().map(Market::code).toList());
    }
}
