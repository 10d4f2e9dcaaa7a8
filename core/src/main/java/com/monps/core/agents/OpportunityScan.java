package com.monps.core.agents;

import com.monps.core.domain.Opportunity;
import com.monps.core.repo.OpportunityRepository;
import com.monps.core.repo.ScanLedger;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One scan: agent E's goal models and C's verdicts (1X2 and lines) learnt from the matches played before a moment (never
 * after), agent A over every upcoming market of each match as of that moment (1X2, and each totals and spreads line,
 * with E's probabilities), B's stakes (one cap per match across its markets), the patron score, then every opportunity
 * of the scanned matches replaced in one transaction.
 * <p>
 * {@link #scan} re-evaluates every match of the window; {@link #scanChanges} only the matches whose prices (1X2 or
 * lines) or row changed since the last scan ({@link ScanLedger}) and those that entered the window, and keeps the rest
 * of the board. That is the same board because an opportunity depends on its own match's markets and on three things
 * shared by all: the bankroll (B sizes each match on it; its caps are per bet and per match, never across matches), C's
 * history and E's scores (both the matches played before the scan). When any of those changed, or the settings, or the
 * scan goes back in time, {@link #scanChanges} runs the full scan instead.
 */
public final class OpportunityScan {

    private final DSLContext dsl;
    private final ScanSettings settings;
    private final Supplier<BigDecimal> bankroll;
    /** C's and E's learning from the last scan, valid while no full scan (by any agent) has happened since. */
    private volatile Learnt learnt;

    public OpportunityScan(DSLContext dsl, ScanSettings settings, Supplier<BigDecimal> bankroll) {
        this.dsl = dsl;
        this.settings = settings;
        this.bankroll = bankroll;
    }

    /** Re-evaluates every match of the window. */
    public ScanReport scan(Instant asOf) {
        return run(asOf, false);
    }

    /** Re-evaluates what changed since the last scan, or everything when something every opportunity depends on changed. */
    public ScanReport scanChanges(Instant asOf) {
        return run(asOf, true);
    }

    private ScanReport run(Instant asOf, boolean onlyChanges) {
        Learnt[] used = new Learnt[1];
        ScanPhases phases = new ScanPhases();
        ScanReport report = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ScanLedger ledger = new ScanLedger(tx);
            phases.time("lock", ledger::lock);
            ScanLedger.Changes changes = phases.time("changes", () -> ledger.take(asOf, settings.horizon()));
            Optional<ScanLedger.State> last = changes.last();
            BigDecimal funds = bankroll.get();
            String fullBecause = onlyChanges ? whyFull(last, changes, asOf, funds) : "asked for";
            long fullScans = last.map(ScanLedger.State::fullScans).orElse(0L) + (fullBecause == null ? 0 : 1);
            Learnt known = learnt;
            Learnt learning = fullBecause == null && known != null && known.fullScans() == fullScans
                    ? known : phases.time("learning", () -> Learnt.from(tx, asOf, settings, fullScans));
            used[0] = learning;
            Set<String> only = fullBecause == null ? toRescan(changes) : null;
            MarketReader.Window window = phases.time("1X2 read",
                    () -> new MarketReader(tx).window(asOf, settings.horizon(), only));
            List<LineMarket> lines = phases.time("lines read",
                    () -> new LineMarketReader(tx).upcoming(asOf, settings.horizon(), only));
            List<MatchMarkets> matches = MatchMarkets.byMatch(window.markets(), lines);
            List<Opportunity> opportunities = phases.time("agents", () -> evaluate(matches, learning, funds, asOf));
            int written = phases.time("write",
                    () -> new OpportunityRepository(tx).replaceForMatches(window.matchIds(), opportunities));
            Instant consumedTo = last.map(ScanLedger.State::consumedTo).filter(asOf::isBefore).orElse(asOf);
            phases.time("ledger", () -> ledger.record(new ScanLedger.State(asOf, consumedTo, settings.toString(), funds,
                    fullScans)));
            return new ScanReport(asOf, matches.stream().mapToInt(MatchMarkets::markets).sum(), written, funds,
                    learning.historyMatches(),
                    learning.models().leagues(), fullBecause == null ? "incremental" : "full, " + fullBecause, phases);
        });
        learnt = used[0]; // only once committed: a rolled-back full scan did not count
        return report;
    }

    /** Why the changes since the last scan cannot be scanned alone, or {@code null} when they can. */
    private String whyFull(Optional<ScanLedger.State> last, ScanLedger.Changes changes, Instant asOf, BigDecimal funds) {
        if (last.isEmpty()) {
            return "no scan before";
        }
        ScanLedger.State state = last.get();
        if (!state.settings().equals(settings.toString())) {
            return "settings changed";
        }
        if (asOf.isBefore(state.asOf())) {
            return "as of a moment before the last scan's";
        }
        if (!state.current()) {
            return "the last scan was as of a moment before changes already consumed";
        }
        if (state.bankroll().compareTo(funds) != 0) {
            return "bankroll changed from " + state.bankroll().toPlainString() + " to " + funds.toPlainString();
        }
        if (changes.results()) {
            return "results changed";
        }
        return null;
    }

    /** The changed matches and those the window reached since the last scan. */
    private static Set<String> toRescan(ScanLedger.Changes changes) {
        Set<String> ids = new LinkedHashSet<>(changes.matches());
        ids.addAll(changes.entering());
        return ids;
    }

    private List<Opportunity> evaluate(List<MatchMarkets> matches, Learnt learning, BigDecimal funds, Instant asOf) {
        MatchDetector detector = new MatchDetector(settings.anomaly(), learning.models());
        List<Finding> findings = matches.stream().flatMap(m -> detector.detect(m).stream()).toList();
        Map<Finding.BetKey, Sizing> sizes = new KellySizer(settings.kelly()).size(funds, findings);
        List<Opportunity> opportunities = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            opportunities.add(opportunity(finding, sizes.get(finding.key()), learning.patterns().verdict(finding).orElse(null),
                    asOf));
        }
        return opportunities;
    }

    private Opportunity opportunity(Finding finding, Sizing sizing, PatternVerdict verdict, Instant asOf) {
        PatronScore patron = PatronScore.of(finding, sizing, verdict, settings.kelly());
        return new Opportunity(null, finding.match().id(), finding.market(), finding.point(), finding.outcome(),
                finding.bookmaker(), finding.price(), decimal(finding.edge(), 6), decimal(finding.confidence(), 3),
                finding.rule().agentName(), decimal(finding.fairProbability(), 6), sizing.stake(), patron.score(),
                patron.confidence(), OpportunityDetails.of(finding, sizing, verdict), asOf);
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    /** What C and E learnt from the matches played before a scan's moment, and after how many full scans. */
    private record Learnt(Patterns patterns, GoalModelBook models, int historyMatches, long fullScans) {

        static Learnt from(DSLContext dsl, Instant asOf, ScanSettings settings, long fullScans) {
            MarketReader reader = new MarketReader(dsl);
            List<PatternSample> history = reader.playedBefore(asOf);
            return new Learnt(new Patterns(history, new LineMarketReader(dsl).playedBefore(asOf), settings.minimumSample(),
                    settings.significance()), GoalModelBook.fit(reader.scoresBefore(asOf)), history.size(), fullScans);
        }
    }
}
