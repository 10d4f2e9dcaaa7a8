package com.monps.agent.oddsapi;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.util.List;
import java.util.Objects;

/**
 * The Odds API v4: sports and events (free), odds of the configured markets (markets × regions credits) and scores (1, or 2 with daysFrom).
 * Every answer lands in the {@link ApiRequestLog}; the API key travels only in the query string and is never logged.
 */
public final class OddsApiClient {

    private final OddsApiSettings settings;
    private final ApiRequestLog ledger;
    private final ApiTransport transport;
    private final PayloadReader reader = new PayloadReader();

    public OddsApiClient(OkHttpClient http, OddsApiSettings settings, ApiRequestLog ledger, MeterRegistry meters) {
        this.settings = settings;
        this.ledger = ledger;
        this.transport = new ApiTransport(http, new Redactor(settings.apiKey()), settings.retry(), ledger, meters, reader);
    }

    public List<Sport> sports() {
        String body = transport.get("sports", null, url("sports").build());
        return reader.list("sports", body, Sport.class, s -> require(s.key(), "key"));
    }

    public List<ApiEvent> events(String sport) {
        String body = transport.get("events", sport, url("sports", sport, "events").addQueryParameter("dateFormat", "iso").build());
        return reader.list("events " + sport, body, ApiEvent.class, e -> requireEvent(e.id(), e.commenceTime(), e.homeTeam(), e.awayTeam()));
    }

    /** The prices of the configured markets (h2h, totals, spreads) of every upcoming (and in-play) event of {@code sport}. */
    public List<OddsEvent> odds(String sport) {
        ensureCredits();
        HttpUrl.Builder url = url("sports", sport, "odds")
                .addQueryParameter("markets", settings.marketsParameter())
                .addQueryParameter("oddsFormat", "decimal")
                .addQueryParameter("dateFormat", "iso");
        if (settings.bookmakers().isEmpty()) {
            url.addQueryParameter("regions", String.join(",", settings.regions()));
        } else {
            url.addQueryParameter("bookmakers", String.join(",", settings.bookmakers()));
        }
        String body = transport.get("odds", sport, url.build());
        return reader.list("odds " + sport, body, OddsEvent.class, OddsApiClient::checkOdds);
    }

    /** Scores of the live and upcoming events of {@code sport}, and of those completed in the last {@code daysFrom} days (1 to 3). */
    public List<ScoreEvent> scores(String sport, int daysFrom) {
        if (daysFrom < 1 || daysFrom > 3) {
            throw new IllegalArgumentException("daysFrom must be between 1 and 3 (got " + daysFrom + ")");
        }
        ensureCredits();
        HttpUrl url = url("sports", sport, "scores")
                .addQueryParameter("daysFrom", Integer.toString(daysFrom))
                .addQueryParameter("dateFormat", "iso")
                .build();
        String body = transport.get("scores", sport, url);
        return reader.list("scores " + sport, body, ScoreEvent.class, e -> requireEvent(e.id(), e.commenceTime(), e.homeTeam(), e.awayTeam()));
    }

    public OddsApiSettings settings() {
        return settings;
    }

    /**
     * Refuses a paid call while the last answer said the quota is spent. A free {@code /sports} call first refreshes
     * the balance, so the agent resumes by itself once the credits reset.
     */
    private void ensureCredits() {
        if (ledger.quotaExhausted()) {
            sports();
            if (ledger.quotaExhausted()) {
                throw new OddsApiException(FailureKind.QUOTA_EXHAUSTED, 0, ApiRequestLog.OUT_OF_CREDITS,
                        "The Odds API quota is exhausted", null);
            }
        }
    }

    private HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = settings.baseUrl().newBuilder().addPathSegment("v4");
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.addQueryParameter("apiKey", settings.apiKey());
    }

    private static void checkOdds(OddsEvent event) {
        requireEvent(event.id(), event.commenceTime(), event.homeTeam(), event.awayTeam());
        for (OddsEvent.Bookmaker bookmaker : event.bookmakers()) {
            require(bookmaker.key(), "bookmaker key");
            for (OddsEvent.Market market : bookmaker.markets()) {
                require(market.key(), "market key of " + bookmaker.key());
                market.outcomes().forEach(o -> {
                    require(o.name(), "outcome name at " + bookmaker.key());
                    require(o.price(), "price of " + o.name() + " at " + bookmaker.key());
                });
            }
        }
    }

    private static void requireEvent(String id, Object commenceTime, String home, String away) {
        require(id, "id");
        require(commenceTime, "commence_time");
        require(home, "home_team");
        require(away, "away_team");
        if (Objects.equals(home, away)) {
            throw new IllegalArgumentException("home_team and away_team are both '" + home + "'");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + field);
        }
    }
}
