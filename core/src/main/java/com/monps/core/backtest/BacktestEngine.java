package com.monps.core.backtest;

import com.monps.core.history.Bookmaker;
import com.monps.core.history.HistoricalMatch;
import com.monps.core.history.Prices;
import com.monps.core.odds.Clv;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Replays played matches in the order their opening prices appeared. A strategy sees only a {@link PreMatch} (opening
 * prices); each bet is settled with the full-time result and counted into the bankroll only once its match is over
 * ({@link #RESULT_KNOWN_AFTER} after kick-off), so a Kelly stake never uses a result that was not known yet.
 */
public final class BacktestEngine {

    public static final BigDecimal STARTING_BANKROLL = BigDecimal.valueOf(100);
    public static final Duration RESULT_KNOWN_AFTER = Duration.ofHours(2);

    private static final Comparator<HistoricalMatch> DECISION_ORDER = Comparator.comparing(HistoricalMatch::openingAt)
            .thenComparing(HistoricalMatch::kickOff).thenComparing(HistoricalMatch::id);
    private static final Comparator<SettledBet> SETTLEMENT_ORDER = Comparator.comparing(SettledBet::kickOff)
            .thenComparing(SettledBet::matchId).thenComparing(b -> b.pick().outcome());

    public BacktestReport run(List<HistoricalMatch> history, Strategy strategy, Staking staking) {
        List<HistoricalMatch> played = history.stream().filter(HistoricalMatch::played).sorted(DECISION_ORDER).toList();
        PriorityQueue<SettledBet> pending = new PriorityQueue<>(SETTLEMENT_ORDER);
        List<SettledBet> settled = new ArrayList<>();
        BigDecimal bankroll = STARTING_BANKROLL;
        for (HistoricalMatch match : played) {
            bankroll = settleKnownBy(match.openingAt(), pending, settled, bankroll);
            for (Pick pick : strategy.picks(PreMatch.of(match))) {
                BigDecimal stake = staking.stake(bankroll, pick);
                if (stake.signum() > 0) {
                    pending.add(settle(match, pick, stake));
                }
            }
        }
        settleKnownBy(Instant.MAX, pending, settled, bankroll);
        return ReportBuilder.build(strategy.name(), staking.name(), played.size(), settled);
    }

    private static BigDecimal settleKnownBy(Instant time, PriorityQueue<SettledBet> pending, List<SettledBet> settled,
                                            BigDecimal bankroll) {
        BigDecimal balance = bankroll;
        while (!pending.isEmpty() && !pending.peek().kickOff().plus(RESULT_KNOWN_AFTER).isAfter(time)) {
            SettledBet bet = pending.poll();
            balance = balance.add(bet.profit());
            settled.add(bet);
        }
        return balance;
    }

    private static SettledBet settle(HistoricalMatch match, Pick pick, BigDecimal stake) {
        boolean won = match.result() == pick.outcome();
        BigDecimal profit = won ? stake.multiply(pick.price().subtract(BigDecimal.ONE)) : stake.negate();
        Prices pinnacleClose = match.closing().get(Bookmaker.PINNACLE);
        Double clv = pinnacleClose == null ? null
                : Clv.percent(pick.price().doubleValue(), pinnacleClose.price(pick.outcome()).doubleValue());
        return new SettledBet(match.id(), match.kickOff(), pick, stake, won, profit, clv);
    }
}
