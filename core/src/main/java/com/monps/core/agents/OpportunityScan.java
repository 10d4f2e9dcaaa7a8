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
 * One scan: agent E's goal models and C's verdicts learnt from the matches played before a moment (never after), agent
 * A over the upcoming markets as of that moment (with E's probabilities), B's stakes, the patron score, then every
 * opportunity upserted in one transaction.
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
        List<Market> markets = reader.upcoming(asOf, settings.horizon());
        List<PatternSample> history = reader.playedBefore(asOf);
        PatternMatcher patterns = PatternMatcher.learn(history, settings.minimumSample(), settings.significance());
        GoalModelBook models = GoalModelBook.fit(reader.scoresBefore(asOf));
        AnomalyDetector detector = new AnomalyDetector(settings.anomaly());
        List<Finding> findings = markets.stream()
                .flatMap(m -> detector.detect(m, models.probabilities(m.match()).orElse(null)).stream()).toList();
        BigDecimal funds = bankroll.get();
        Map<Finding.BetKey, Sizing> sizes = new KellySizer(settings.kelly()).size(funds, findings);
        List<Opportunity> opportunities = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String league = finding.match().league() == null ? finding.match().sportKey() : finding.match().league();
            PatternVerdict verdict = patterns.verdict(league, finding.outcome(), finding.marketMeans()).orElse(null);
            opportunities.add(opportunity(finding, sizes.get(finding.key()), verdict,
                    models.probabilities(finding.match()).orElse(null), asOf));
        }
        List<String> scanned = markets.stream().map(m -> m.match().id()).toList();
        int written = dsl.transactionResult(cfg -> new OpportunityRepository(cfg.dsl()).replaceForMatches(scanned, opportunities));
        return new ScanReport(asOf, markets.size(), written, funds, history.size(), models.leagues());
    }

    private Opportunity opportunity(Finding finding, Sizing sizing, PatternVerdict verdict, double[] model, Instant asOf) {
        PatronScore patron = PatronScore.of(finding, sizing, verdict, settings.kelly());
        return new Opportunity(null, finding.match().id(), finding.outcome(), finding.bookmaker(), finding.price(),
                decimal(finding.edge(), 6), decimal(finding.confidence(), 3), finding.rule().agentName(),
                decimal(finding.fairProbability(), 6), sizing.stake(), patron.score(), patron.confidence(),
                OpportunityDetails.of(finding, sizing, verdict, model), asOf);
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
