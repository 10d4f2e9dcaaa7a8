package com.monps.core.agents;

import com.monps.core.model.LineProbabilities;
import com.monps.core.odds.Kelly;
import com.monps.core.odds.LineKelly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Agent B (the original "spread optimizer"): fractional Kelly stakes on the fair view of agent A, at most
 * {@code capPerBet} of the bankroll a bet; when the bets of one match add up to more than {@code capPerMatch}, they are
 * scaled down in proportion (to the cent, rounding down). The match cap is shared by every market of the match: its
 * 1X2, totals and spreads bets are summed together. A bet found by several of A's rules is sized once.
 */
public final class KellySizer {

    private final KellySettings settings;

    public KellySizer(KellySettings settings) {
        this.settings = settings;
    }

    public KellySettings settings() {
        return settings;
    }

    public Map<Finding.BetKey, Sizing> size(BigDecimal bankroll, List<Finding> findings) {
        Map<Finding.BetKey, Finding> bets = new LinkedHashMap<>();
        findings.forEach(f -> bets.putIfAbsent(f.key(), f));
        Map<String, List<Finding>> byMatch = bets.values().stream()
                .collect(Collectors.groupingBy(f -> f.match().id(), LinkedHashMap::new, Collectors.toList()));
        Map<Finding.BetKey, Sizing> sizes = new LinkedHashMap<>();
        byMatch.values().forEach(matchBets -> sizes.putAll(sizeMatch(bankroll, matchBets)));
        return sizes;
    }

    /**
     * A bet that only wins or loses (1X2, a half line) by {@link Kelly#fractionalStake} as always; a whole or quarter
     * line by the exact Kelly fraction of its five results ({@link LineKelly}), with the same fraction, cap and
     * rounding down to the cent.
     */
    private BigDecimal stake(BigDecimal bankroll, Finding bet) {
        LineProbabilities p = bet.fair().settlement();
        if (p.winOrLoseOnly()) {
            return Kelly.fractionalStake(bankroll, bet.price().doubleValue(), p.win(), settings.fraction(), settings.capPerBet());
        }
        double full = LineKelly.fullFraction(bet.price().doubleValue(), p.win(), p.halfWin(), p.halfLoss(), p.loss());
        double share = Math.min(settings.fraction() * full, settings.capPerBet());
        return bankroll.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.DOWN);
    }

    private Map<Finding.BetKey, Sizing> sizeMatch(BigDecimal bankroll, List<Finding> bets) {
        List<BigDecimal> stakes = new ArrayList<>();
        for (Finding bet : bets) {
            stakes.add(stake(bankroll, bet));
        }
        BigDecimal total = stakes.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal matchCap = bankroll.multiply(BigDecimal.valueOf(settings.capPerMatch())).setScale(2, RoundingMode.DOWN);
        Map<Finding.BetKey, Sizing> sizes = new LinkedHashMap<>();
        for (int i = 0; i < bets.size(); i++) {
            BigDecimal stake = stakes.get(i);
            if (total.compareTo(matchCap) > 0) {
                stake = stake.multiply(matchCap).divide(total, 2, RoundingMode.DOWN);
            }
            double share = bankroll.signum() == 0 ? 0 : stake.doubleValue() / bankroll.doubleValue();
            sizes.put(bets.get(i).key(), new Sizing(stake, share, bets.get(i).expectedValue() * 100));
        }
        return sizes;
    }
}
