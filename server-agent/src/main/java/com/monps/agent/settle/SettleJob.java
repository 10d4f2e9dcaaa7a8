package com.monps.agent.settle;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobName;
import com.monps.agent.jobs.JobResult;
import com.monps.agent.oddsapi.FailureKind;
import com.monps.agent.oddsapi.OddsApiClient;
import com.monps.agent.oddsapi.OddsApiException;
import com.monps.agent.oddsapi.ScoreEvent;
import com.monps.core.domain.Match;
import com.monps.core.repo.MatchRepository;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One settlement round for the pending bets whose match kicked off more than the settle delay ago: one scores call per
 * sport that has such a bet on a match not yet known to be over, then, in one transaction, the scores written to
 * {@code matches} and every decidable bet settled (see {@link BetSettler}). A scores payload with a score that is not a
 * whole number is rejected whole.
 */
public final class SettleJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(SettleJob.class);

    private final OddsApiClient api;
    private final DSLContext dsl;
    private final Clock clock;
    private final Duration settleDelay;

    public SettleJob(OddsApiClient api, DSLContext dsl, Clock clock, Duration settleDelay) {
        this.api = api;
        this.dsl = dsl;
        this.clock = clock;
        this.settleDelay = settleDelay;
    }

    @Override
    public String name() {
        return JobName.SETTLE.code();
    }

    @Override
    public JobResult run() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(settleDelay);
        List<Match> scored = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, Instant> sports = sportsToAsk(cutoff);
        for (Map.Entry<String, Instant> sport : sports.entrySet()) {
            try {
                scored.addAll(scores(sport.getKey(), daysFrom(sport.getValue(), now)));
            } catch (OddsApiException e) {
                if (e.kind() == FailureKind.BAD_KEY || e.kind() == FailureKind.QUOTA_EXHAUSTED) {
                    throw e;
                }
                log.error("settle: scores of {} unavailable: {}", sport.getKey(), e.getMessage());
                failures.add(e.getMessage());
            }
        }
        BetSettler.Tally tally = dsl.transactionResult(cfg -> {
            new MatchRepository(cfg.dsl()).upsert(scored);
            return new BetSettler(cfg.dsl(), now).settle(cutoff);
        });
        String summary = "settled " + tally.settled() + " bet(s) (" + tally.won + " won, " + tally.lost + " lost, "
                + tally.voided + " void" + (tally.halfWon + tally.halfLost == 0 ? ""
                : ", " + tally.halfWon + " half won, " + tally.halfLost + " half lost") + "), " + tally.flagged + " match(es) flagged for review, "
                + (sports.size() - failures.size()) + " scores call(s)";
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures) + " [" + summary + "]");
        }
        return new JobResult(tally.settled(), summary);
    }

    /** Each sport with a due bet whose result only the API can give, with the earliest such kick-off. */
    private Map<String, Instant> sportsToAsk(Instant cutoff) {
        Map<String, Instant> earliest = new TreeMap<>();
        for (DueBets.DueBet bet : DueBets.before(dsl, cutoff)) {
            if (bet.needsScore()) {
                earliest.merge(bet.sport(), bet.kickOff(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return earliest;
    }

    private List<Match> scores(String sport, int daysFrom) {
        List<ScoreEvent> events = api.scores(sport, daysFrom);
        List<Match> matches = new ArrayList<>(events.size());
        try {
            for (ScoreEvent event : events) {
                Match match = Match.upcoming(event.id(), event.sportKey() == null ? sport : event.sportKey(),
                        event.sportTitle(), event.commenceTime(), event.homeTeam(), event.awayTeam());
                matches.add(FinalScore.of(event)
                        .map(score -> match.withScore(score.home(), score.away(), true, event.lastUpdate()))
                        .orElse(match));
            }
        } catch (IllegalArgumentException e) {
            throw new OddsApiException(FailureKind.MALFORMED, 200, null,
                    "The Odds API sent unreadable scores for " + sport + ": " + e.getMessage(), e);
        }
        return matches;
    }

    /** Days of completed games to ask for: enough to reach the oldest kick-off, between 1 and 3 (the API's limit). */
    static int daysFrom(Instant oldestKickOff, Instant now) {
        long hours = Duration.between(oldestKickOff, now).toHours();
        return (int) Math.max(1, Math.min(3, (hours + 23) / 24));
    }
}
