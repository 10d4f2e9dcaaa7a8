package com.monps.agent.simulation;

import com.monps.agent.testing.Payloads;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.Prices;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Odds API v4 as it would have answered during a month of real fixtures, on the test's clock: {@code /odds} lists
 * a league's events of the next week and those in play, with their opening prices until {@link #CLOSING_FROM} before
 * kick-off and their closing prices after; {@code /scores} completes a match {@link #FULL_TIME} after kick-off. Each
 * answer carries the credit headers, charged as the real API charges (an empty odds answer is free), and every paid
 * call is recorded with its simulated time.
 */
public final class SimulatedOddsApi implements AutoCloseable {

    static final Duration LISTED_AHEAD = Duration.ofDays(7);
    static final Duration CLOSING_FROM = Duration.ofHours(2);
    static final Duration FULL_TIME = Duration.ofHours(2);

    /** One answered call: when (simulated), what, for which sport, and what it cost. */
    public record Call(Instant at, String endpoint, String sport, int cost) {
    }

    private final MockWebServer server = new MockWebServer();
    private final Clock clock;
    private final Map<String, List<HistoricalMatch>> matchesBySport;
    private final int credits;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private int used;

    public SimulatedOddsApi(Clock clock, List<HistoricalMatch> matches, int credits) {
        this.clock = clock;
        this.credits = credits;
        this.matchesBySport = matches.stream().collect(Collectors.groupingBy(m -> m.league().sportKey()));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request.getUrl());
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    /** The API's id of a match: a hex digest like the real ones. */
    public static String eventId(HistoricalMatch match) {
        return UUID.nameUUIDFromBytes(match.id().getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    /** The price a bookmaker quoted for {@code match} at {@code time}, as this stand-in serves it. */
    static Prices pricesAt(HistoricalMatch match, Bookmaker bookmaker, Instant time) {
        Prices closing = match.closing().get(bookmaker);
        return !time.isBefore(match.kickOff().minus(CLOSING_FROM)) && closing != null ? closing : match.opening().get(bookmaker);
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public int creditsUsedBetween(Instant from, Instant to) {
        return calls().stream().filter(c -> !c.at().isBefore(from) && c.at().isBefore(to)).mapToInt(Call::cost).sum();
    }

    private synchronized MockResponse answer(HttpUrl url) {
        List<String> path = url.pathSegments();
        String endpoint = path.getLast();
        if (path.size() == 2 && endpoint.equals("sports")) {
            return respond("[]", 0);
        }
        String sport = path.get(path.size() - 2);
        Instant now = clock.instant();
        List<HistoricalMatch> matches = matchesBySport.getOrDefault(sport, List.of());
        return switch (endpoint) {
            case "odds" -> {
                List<String> events = listed(matches, now).stream().map(m -> event(m, now)).toList();
                yield paid(now, endpoint, sport, events.isEmpty() ? 0 : 1, Payloads.array(events.toArray(String[]::new)));
            }
            case "scores" -> {
                int days = Integer.parseInt(url.queryParameter("daysFrom"));
                List<String> scores = matches.stream()
                        .filter(m -> m.kickOff().isAfter(now.minus(Duration.ofDays(days))) && m.kickOff().isBefore(now.plus(Duration.ofDays(1))))
                        .sorted(Comparator.comparing(HistoricalMatch::kickOff)).map(m -> score(m, now)).toList();
                yield paid(now, endpoint, sport, 2, Payloads.array(scores.toArray(String[]::new)));
            }
            default -> new MockResponse.Builder().code(404).body(Payloads.error("NOT_FOUND", "no such endpoint")).build();
        };
    }

    private MockResponse paid(Instant now, String endpoint, String sport, int cost, String body) {
        if (used + cost > credits) {
            return new MockResponse.Builder().code(401).addHeader("x-requests-remaining", 0)
                    .addHeader("x-requests-used", used).addHeader("x-requests-last", 0)
                    .body(Payloads.error("OUT_OF_USAGE_CREDITS", "Usage quota has been reached")).build();
        }
        used += cost;
        calls.add(new Call(now, endpoint, sport, cost));
        return respond(body, cost);
    }

    private MockResponse respond(String body, int cost) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("x-requests-remaining", credits - used).addHeader("x-requests-used", used)
                .addHeader("x-requests-last", cost).body(body).build();
    }

    /** The events an odds call lists: those of the next week and those still in play. */
    private static List<HistoricalMatch> listed(List<HistoricalMatch> matches, Instant now) {
        return matches.stream()
                .filter(m -> m.kickOff().plus(FULL_TIME).isAfter(now) && !m.kickOff().isAfter(now.plus(LISTED_AHEAD)))
                .sorted(Comparator.comparing(HistoricalMatch::kickOff).thenComparing(HistoricalMatch::id))
                .toList();
    }

    private static String event(HistoricalMatch match, Instant now) {
        String[] bookmakers = match.opening().keySet().stream().sorted()
                .map(b -> {
                    Prices p = pricesAt(match, b, now);
                    return Payloads.bookmaker(b.key(), now.minusSeconds(30), match.homeTeam(), p.home().toPlainString(),
                            match.awayTeam(), p.away().toPlainString(), p.draw().toPlainString());
                })
                .toArray(String[]::new);
        return Payloads.event(eventId(match), match.league().sportKey(), match.league().name(), match.kickOff(),
                match.homeTeam(), match.awayTeam(), bookmakers);
    }

    private static String score(HistoricalMatch match, Instant now) {
        Instant fullTime = match.kickOff().plus(FULL_TIME);
        boolean completed = !now.isBefore(fullTime);
        return Payloads.score(eventId(match), match.league().sportKey(), match.kickOff(), completed, match.homeTeam(),
                completed ? match.homeGoals().toString() : null, match.awayTeam(),
                completed ? match.awayGoals().toString() : null, completed ? fullTime : null);
    }

    @Override
    public void close() {
        server.close();
    }
}
