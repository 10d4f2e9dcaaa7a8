package com.monps.desktop.app;

import com.monps.core.agents.AnomalyDetector;
import com.monps.core.agents.FairSource;
import com.monps.core.agents.KellySettings;
import com.monps.core.agents.PatronScore;
import com.monps.core.backtest.BacktestEngine;
import com.monps.core.backtest.BacktestReport;
import com.monps.core.backtest.DatabaseHistory;
import com.monps.core.backtest.LineValueBacktest;
import com.monps.core.backtest.Pick;
import com.monps.core.backtest.SettledBet;
import com.monps.core.backtest.Staking;
import com.monps.core.backtest.Strategies;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.core.db.QueryClass;
import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.Prices;
import com.monps.core.jooq.tables.records.BetsRecord;
import com.monps.core.odds.Kelly;
import com.monps.core.odds.LineSettlement;
import com.monps.core.odds.SettlementResult;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.monps.core.jooq.Tables.BETS;

/**
 * The demo's bet book: the value-vs-Pinnacle strategy replayed on the imported history (quarter Kelly on a 1 000
 * bankroll), each of its bets recorded as the trader would have: placed when the opening prices were known, settled
 * with the score, with CLV against Pinnacle's closing price; then the totals and handicap backtests' bets (10 a bet),
 * with their half results and, where the handicap moved before the close, "line moved" instead of a CLV. The demo's "now" is the eve of the last round the strategy
 * bet on ({@link #EVE} before its kick-off): the bets of that round stay pending.
 */
@QueryClass
final class BacktestBets {

    static final String STRATEGY = "value-vs-pinnacle";
    static final Duration EVE = Duration.ofHours(20);

    /** How many bets were recorded, and the moment taken as the demo's "now". */
    record Recorded(int bets, Instant asOf) {
    }
    private static final BigDecimal UNIT = BigDecimal.TEN;
    /**
     * The line backtests' edge for the demo: Bet365's totals and handicaps beat Pinnacle's fair line by 3 % only 14
     * times in the eleven shared seasons (docs/markets.md), so the demo takes every positive edge, to show enough line
     * bets (quarter lines, half results, moved lines) to read the screens by.
     */
    private static final double LINE_EDGE = 0;
    private static final String LINE_MOVED = "line_moved";
    private static final Staking.FractionalKelly STAKING = Staking.FractionalKelly.QUARTER;

    private final DSLContext dsl;

    BacktestBets(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Replays the history and records the bets in one transaction. */
    Recorded record() {
        List<HistoricalMatch> history = new DatabaseHistory(dsl).playedMatches();
        BacktestReport report = new BacktestEngine().run(history, Strategies.named(STRATEGY, 0.03, 0.15), STAKING);
        Instant asOf = report.settledBets().stream().map(SettledBet::kickOff).max(Instant::compareTo)
                .orElseGet(() -> history.stream().map(HistoricalMatch::kickOff).max(Instant::compareTo).orElse(Instant.now()))
                .minus(EVE);
        Map<String, HistoricalMatch> byId = history.stream().collect(Collectors.toMap(HistoricalMatch::id, Function.identity()));
        List<BetsRecord> rows = new ArrayList<>();
        for (SettledBet bet : report.settledBets()) {
            rows.add(toRecord(bet, byId.get(bet.matchId()), asOf));
        }
        for (Market market : List.of(Market.TOTALS, Market.SPREADS)) {
            new LineValueBacktest(market, LINE_EDGE).bets(history).stream()
                    .filter(bet -> !bet.match().openingAt().isAfter(asOf))
                    .forEach(bet -> rows.add(toRecord(bet, asOf)));
        }
        dsl.transaction(cfg -> cfg.dsl().batchInsert(rows).execute());
        return new Recorded(rows.size(), asOf);
    }

    private BetsRecord toRecord(SettledBet bet, HistoricalMatch match, Instant asOf) {
        BigDecimal stake = bet.stake().multiply(UNIT).setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
        BigDecimal odds = bet.pick().price();
        BetsRecord r = dsl.newRecord(BETS);
        r.setMatchId(match.id());
        r.setHomeTeam(match.homeTeam());
        r.setAwayTeam(match.awayTeam());
        r.setSport(match.league().sportKey());
        r.setLeague(match.league().name());
        r.setCommenceTime(match.kickOff().atOffset(ZoneOffset.UTC));
        r.setOutcome(bet.pick().outcome().code());
        r.setOdds(odds);
        r.setStake(stake);
        r.setBookmaker(bet.pick().bookmaker().key());
        double expectedValue = odds.doubleValue() * bet.pick().fairProbability() - 1;
        r.setEdgePct(BigDecimal.valueOf(expectedValue * 100).setScale(3, RoundingMode.HALF_UP));
        PatronScore patron = patronScore(bet.pick(), expectedValue, match);
        r.setPatronScore(patron.score());
        r.setPatronConfidence(patron.confidence());
        r.setAgentRecommended(true);
        r.setNotes("backtest " + STRATEGY);
        r.setPlacedAt(match.openingAt().atOffset(ZoneOffset.UTC));
        boolean decided = !match.kickOff().plus(BacktestEngine.RESULT_KNOWN_AFTER).isAfter(asOf);
        if (decided) {
            settle(r, bet, match, stake, odds);
        }
        return r;
    }

    /** A bet of the line backtest, {@link #UNIT} flat, settled and measured as the agent's jobs would have. */
    private BetsRecord toRecord(LineValueBacktest.LineBet bet, Instant asOf) {
        HistoricalMatch match = bet.match();
        BetsRecord r = dsl.newRecord(BETS);
        r.setMatchId(match.id());
        r.setHomeTeam(match.homeTeam());
        r.setAwayTeam(match.awayTeam());
        r.setSport(match.league().sportKey());
        r.setLeague(match.league().name());
        r.setCommenceTime(match.kickOff().atOffset(ZoneOffset.UTC));
        r.setMarket(bet.market().code());
        r.setPoint(bet.point());
        r.setOutcome(bet.outcome().code());
        r.setOdds(bet.price());
        r.setStake(UNIT.setScale(2));
        r.setBookmaker(Bookmaker.BET365.key());
        r.setEdgePct(BigDecimal.valueOf((bet.price().doubleValue() * bet.fairProbability() - 1) * 100).setScale(3, RoundingMode.HALF_UP));
        r.setAgentRecommended(true);
        r.setNotes("backtest " + STRATEGY + " " + bet.market().code());
        r.setPlacedAt(match.openingAt().atOffset(ZoneOffset.UTC));
        if (match.kickOff().plus(BacktestEngine.RESULT_KNOWN_AFTER).isAfter(asOf)) {
            return r;
        }
        SettlementResult result = LineSettlement.settle(bet.market(), bet.outcome(), bet.point(), UNIT.setScale(2), bet.price(),
                match.homeGoals(), match.awayGoals());
        r.setStatus(result.status().code());
        r.setResult(result.actualResult() == null ? null : result.actualResult().code());
        r.setFinalScore(result.finalScore());
        r.setPayout(result.payout());
        r.setProfit(result.profit());
        r.setSettledBy("auto");
        r.setSettledAt(match.kickOff().plus(BacktestEngine.RESULT_KNOWN_AFTER).atOffset(ZoneOffset.UTC));
        if (bet.lineMoved()) {
            r.setClosingSource(LINE_MOVED);
            r.setClosingPoint(bet.closingPoint());
        } else if (bet.closingPrice() != null) {
            r.setClosingOdds(bet.closingPrice());
            r.setClvPercent(BigDecimal.valueOf(bet.clvPct()).setScale(3, RoundingMode.HALF_UP));
            r.setClosingSource("pinnacle");
        }
        return r;
    }

    /**
     * The score agent A's scan would have given the bet: its value, the share of the bankroll quarter Kelly puts on it,
     * and A's confidence in Pinnacle's price; no historical pattern (the backtest learns none).
     */
    private static PatronScore patronScore(Pick pick, double expectedValue, HistoricalMatch match) {
        double share = Math.min(STAKING.cap(), STAKING.fraction() * Kelly.fullFraction(pick.price().doubleValue(), pick.fairProbability()));
        double confidence = AnomalyDetector.confidence(FairSource.PINNACLE, match.opening().size());
        return PatronScore.of(expectedValue, share, confidence, null, KellySettings.DEFAULTS);
    }

    private static void settle(BetsRecord r, SettledBet bet, HistoricalMatch match, BigDecimal stake, BigDecimal odds) {
        BigDecimal payout = bet.won() ? stake.multiply(odds).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
        r.setStatus((bet.won() ? BetStatus.WON : BetStatus.LOST).code());
        r.setResult(match.result().code());
        r.setFinalScore(match.homeGoals() + "-" + match.awayGoals());
        r.setPayout(payout);
        r.setProfit(payout.subtract(stake));
        r.setSettledBy("auto");
        r.setSettledAt(match.kickOff().plus(BacktestEngine.RESULT_KNOWN_AFTER).atOffset(ZoneOffset.UTC));
        Prices closing = match.closing().get(Bookmaker.PINNACLE);
        if (closing != null && bet.clvPct() != null) {
            r.setClosingOdds(closing.price(bet.pick().outcome()));
            r.setClvPercent(BigDecimal.valueOf(bet.clvPct()).setScale(3, RoundingMode.HALF_UP));
            r.setClosingSource("pinnacle");
        }
    }
}
