package com.monps.agent.collect;

import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobResult;
import com.monps.agent.oddsapi.FailureKind;
import com.monps.agent.oddsapi.OddsApiClient;
import com.monps.agent.oddsapi.OddsApiException;
import com.monps.agent.oddsapi.OddsEvent;
import com.monps.core.db.ConnectionRetry;
import com.monps.core.domain.LinePrice;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.repo.LineOddsRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One collection round: for each sport, one odds call for the configured markets, then the matches upserted and the
 * prices bulk-loaded with COPY in one transaction: 1X2 into {@code odds_h2h}, totals and spreads into {@code odds_lines}
 * (each table's trigger NOTIFYs clients once for the batch).
 * <p>
 * In-play events (kick-off at or before the collection time) update their match but their prices are not stored: a
 * price quoted after kick-off must never become a closing price, and nothing else in Mon_PS reads live prices.
 * <p>
 * The credits of an answer are spent once it arrives, so a lost database connection does not lose the batch: its
 * write is retried with backoff until the server is back (bounded by {@link ConnectionRetry}).
 * <p>
 * A sport that fails does not stop the others, except when the key is bad or the quota spent, which stops the round.
 */
public final class CollectJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(CollectJob.class);

    private final OddsApiClient api;
    private final DSLContext dsl;
    private final MeterRegistry meters;
    private final Timer duration;
    private final Clock clock;
    private final List<String> sports;
    private final ConnectionRetry retry;

    public CollectJob(OddsApiClient api, DSLContext dsl, MeterRegistry meters, Clock clock, Collection<String> sports) {
        this(api, dsl, meters, clock, sports, ConnectionRetry.standard());
    }

    /** With {@code retry} deciding how long a batch already paid for waits for the database to come back. */
    public CollectJob(OddsApiClient api, DSLContext dsl, MeterRegistry meters, Clock clock, Collection<String> sports,
                      ConnectionRetry retry) {
        this.retry = retry;
        this.api = api;
        this.dsl = dsl;
        this.meters = meters;
        this.duration = Timer.builder("monps.collector.duration").description("time of one collection round").register(meters);
        this.clock = clock;
        this.sports = List.copyOf(sports);
    }

    /** The same job limited to {@code someSports} (e.g. the sports a planned call names). */
    public CollectJob forSports(Collection<String> someSports) {
        return new CollectJob(api, dsl, meters, clock, someSports, retry);
    }

    @Override
    public String name() {
        return "collect";
    }

    @Override
    public JobResult run() {
        Timer.Sample sample = Timer.start(meters);
        try {
            return collectAll();
        } finally {
            sample.stop(duration);
        }
    }

    private JobResult collectAll() {
        Totals totals = new Totals();
        List<String> failures = new ArrayList<>();
        for (String sport : sports) {
            try {
                totals.add(collect(sport));
            } catch (OddsApiException e) {
                if (e.kind() == FailureKind.BAD_KEY || e.kind() == FailureKind.QUOTA_EXHAUSTED) {
                    throw e;
                }
                log.error("collect {} failed: {}", sport, e.getMessage());
                failures.add(e.getMessage());
            }
        }
        String summary = totals.summary(sports.size() - failures.size());
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures)
                    + (failures.size() < sports.size() ? " [other sports: " + summary + "]" : ""));
        }
        return new JobResult(totals.prices + totals.lines, summary);
    }

    private Batch collect(String sport) {
        List<OddsEvent> events = api.odds(sport);
        Instant collectedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Batch batch = Batch.of(sport, events, collectedAt);
        retry.run("collect " + sport, () -> dsl.transaction(cfg -> {
            new MatchRepository(cfg.dsl()).upsert(batch.matches());
            if (!batch.prices().isEmpty()) {
                // merge, not append: if the commit went through but its answer was lost, the retry adds nothing twice
                new OddsRepository(cfg.dsl()).merge(batch.prices());
            }
            new LineOddsRepository(cfg.dsl()).merge(batch.lines());
        }));
        log.info("collect {}: {} matches, {} prices and {} line prices stored, {} in-play events not priced", sport,
                batch.matches().size(), batch.prices().size(), batch.lines().size(), batch.inPlay());
        return batch;
    }

    /** What one sport's answer turns into. */
    record Batch(List<Match> matches, List<OddsSnapshot> prices, List<LinePrice> lines, int inPlay) {

        static Batch of(String sport, List<OddsEvent> events, Instant collectedAt) {
            List<Match> matches = new ArrayList<>(events.size());
            List<OddsSnapshot> prices = new ArrayList<>();
            List<LinePrice> lines = new ArrayList<>();
            int inPlay = 0;
            for (OddsEvent event : events) {
                matches.add(Match.upcoming(event.id(), event.sportKey() == null ? sport : event.sportKey(), event.sportTitle(), event.commenceTime(),
                        event.homeTeam(), event.awayTeam()));
                if (event.commenceTime().isAfter(collectedAt)) {
                    prices.addAll(H2hPrices.of(event, collectedAt));
                    lines.addAll(LinePrices.of(event, collectedAt));
                } else {
                    inPlay++;
                }
            }
            return new Batch(matches, prices, lines, inPlay);
        }
    }

    private static final class Totals {
        private int matches;
        private int prices;
        private int lines;
        private int inPlay;

        void add(Batch batch) {
            matches += batch.matches().size();
            prices += batch.prices().size();
            lines += batch.lines().size();
            inPlay += batch.inPlay();
        }

        String summary(int sportCount) {
            return "stored " + prices + " prices" + (lines == 0 ? "" : " and " + lines + " line prices") + " for " + matches
                    + " matches in " + sportCount + " sport(s)"
                    + (inPlay == 0 ? "" : "; " + inPlay + " in-play event(s) not priced");
        }
    }
}
