package com.monps.core.agents;

import com.monps.core.domain.Opportunity;
import com.monps.core.repo.OpportunityRepository;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One scan: agent E's goal models and C's verdicts (1X2 and lines) learnt from the matches played before a moment (never
 * after), agent A over every upcoming market of each match as of that moment (1X2, and each totals and spreads line,
 * with E's probabilities), B's stakes (one cap per match across its markets), the patron score, then every opportunity
 * upserted in one transaction.
 */
public final class OpportunityScan {

    private final DSLContext dsl;
    private final ScanSettings settings;
    private final Supplier<BigDecimal> bankroll;

    public OpportunityScan(DSLContext dsl, ScanSettings settings, Supplier<BigDecimal> bankroll) {
        this.dsl = dsl;
        this.settings = settings;
        this.bankroll = bankroll;
    }

    public ScanReport scan(Instant asOf) {
        MarketReader reader = new MarketReader(dsl);
        LineMarketReader lineReader = new LineMarketReader(dsl);
        List<MatchMarkets> matches = MatchMarkets.byMatch(reader.upcoming(asOf, settings.horizon()),
                lineReader.upcoming(asOf, settings.horizon()));
        List<PatternSample> history = reader.playedBefore(asOf);
        Patterns patterns = new Patterns(history, lineReader.playedBefore(asOf), settings.minimumSample(), settings.significance());
        GoalModelBook models = GoalModelBook.fit(reader.scoresBefore(asOf));
        MatchDetector detector = new MatchDetector(settings.anomaly(), models);
        List<Finding> findings = matches.stream().flatMap(m -> detector.detect(m).stream()).toList();
        BigDecimal funds = bankroll.get();
        Map<Finding.BetKey, Sizing> sizes = new KellySizer(settings.kelly()).size(funds, findings);
        List<Opportunity> opportunities = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            opportunities.add(opportunity(finding, sizes.get(finding.key()), patterns.verdict(finding).orElse(null), asOf));
        }
        List<String> scanned = matches.stream().map(m -> m.match().id()).toList();
        int written = dsl.transactionResult(cfg -> new OpportunityRepository(cfg.dsl()).replaceForMatches(scanned, opportunities));
        return new ScanReport(asOf, matches.stream().mapToInt(MatchMarkets::markets).sum(), written, funds, history.size(),
                models.leagues());
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
}
