package com.monps.desktop.betentry;

import com.monps.core.domain.Line;
import com.monps.core.domain.Market;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a bet form. Errors (message keys with their arguments) stop the bet from being written; warnings (stake above
 * the Kelly stake or the largest share of the bankroll) are shown but do not. A market's rules are those of the
 * database (docs/markets.md): its own sides only (no draw on spreads), a line on totals and spreads, a multiple of 0.25,
 * above 0 for a goal line. Arguments that are a {@link Market}, an {@link Outcome} or a list of outcomes are names the
 * dialog puts in the trader's language.
 */
public final class BetValidator {

    /** The form's fields a problem can belong to. */
    public enum Field {
        MATCH, POINT, OUTCOME, ODDS, STAKE, BOOKMAKER
    }

    /** What is wrong with one field: a message key of the resource bundle and its arguments. */
    public record Problem(Field field, String key, Object... arguments) {
    }

    /** The outcome of a check: the bet to write, present only when there is no error. */
    public record Result(List<Problem> errors, List<Problem> warnings, Optional<NewBet> bet) {

        /** Whether an error belongs to {@code field}. */
        public boolean invalid(Field field) {
            return errors.stream().anyMatch(p -> p.field() == field);
        }
    }

    private final StakingRules rules;

    public BetValidator(StakingRules rules) {
        this.rules = rules;
    }

    public Result validate(BetForm form) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        if (form.match() == null) {
            errors.add(new Problem(Field.MATCH, "bet.error.match"));
        }
        Market market = form.market();
        if (form.outcome() == null) {
            errors.add(new Problem(Field.OUTCOME, "bet.error.outcome"));
        } else if (!market.outcomes().contains(form.outcome())) {
            errors.add(new Problem(Field.OUTCOME, "bet.error.outcomeMarket", form.outcome(), market, market.outcomes()));
        }
        BigDecimal point = market.hasLine() ? checkPoint(market, form.point(), errors) : null;
        BigDecimal odds = parse(form.odds());
        if (odds == null) {
            errors.add(new Problem(Field.ODDS, "bet.error.oddsNumber", text(form.odds())));
        } else if (odds.compareTo(BigDecimal.ONE) <= 0) {
            errors.add(new Problem(Field.ODDS, "bet.error.oddsAboveOne", odds.toPlainString()));
        }
        BigDecimal stake = parse(form.stake());
        if (stake == null) {
            errors.add(new Problem(Field.STAKE, "bet.error.stakeNumber", text(form.stake())));
        } else if (stake.signum() <= 0) {
            errors.add(new Problem(Field.STAKE, "bet.error.stakePositive", stake.toPlainString()));
        } else if (stake.stripTrailingZeros().scale() > 2) {
            errors.add(new Problem(Field.STAKE, "bet.error.stakeCents", stake.toPlainString()));
        }
        if (form.bookmaker() == null || form.bookmaker().isBlank()) {
            errors.add(new Problem(Field.BOOKMAKER, "bet.error.bookmaker"));
        }
        if (!errors.isEmpty()) {
            return new Result(List.copyOf(errors), List.of(), Optional.empty());
        }
        warnAboutStake(odds, stake, form.fairProbability(), warnings);
        return new Result(List.of(), List.copyOf(warnings), Optional.of(toBet(form, odds, stake, point)));
    }

    /** The line of a totals or spreads bet, or null with the reason added to {@code errors}. */
    private static BigDecimal checkPoint(Market market, String typed, List<Problem> errors) {
        if (typed == null || typed.isBlank()) {
            errors.add(new Problem(Field.POINT, "bet.error.pointRequired", market));
            return null;
        }
        BigDecimal point = parse(typed);
        if (point == null) {
            errors.add(new Problem(Field.POINT, "bet.error.pointNumber", text(typed)));
        } else if (!Line.isQuarterMultiple(point)) {
            errors.add(new Problem(Field.POINT, "bet.error.pointQuarter", point.toPlainString()));
        } else if (market == Market.TOTALS && point.signum() <= 0) {
            errors.add(new Problem(Field.POINT, "bet.error.pointPositive", point.toPlainString()));
        } else {
            return point;
        }
        return null;
    }

    private void warnAboutStake(BigDecimal odds, BigDecimal stake, BigDecimal fairProbability, List<Problem> warnings) {
        if (fairProbability != null) {
            BigDecimal kelly = rules.kellyStake(odds, fairProbability);
            if (stake.compareTo(kelly) > 0) {
                warnings.add(new Problem(Field.STAKE, "bet.warning.kelly", kelly.toPlainString()));
            }
        }
        if (rules.bankroll().signum() > 0 && stake.compareTo(rules.maxStake()) > 0) {
            warnings.add(new Problem(Field.STAKE, "bet.warning.bankroll", Math.round(rules.maxShare() * 100), rules.maxStake().toPlainString()));
        }
    }

    private static NewBet toBet(BetForm form, BigDecimal odds, BigDecimal stake, BigDecimal point) {
        var match = form.match();
        NewBet bet = NewBet.of(match.id(), match.homeTeam(), match.awayTeam(), match.sportKey(), match.league(),
                match.commenceTime(), form.outcome(), odds, stake.setScale(2), form.bookmaker().trim(), form.market(), point);
        if (form.opportunityId() != null) {
            bet = bet.withAgentScores(form.edgePct(), form.patronScore(), form.patronConfidence(), form.opportunityId());
        }
        return form.notes() == null || form.notes().isBlank() ? bet : bet.withNotes(form.notes().trim());
    }

    /** A decimal typed with a point or a comma; null when it is not a number. */
    static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String typed) {
        return typed == null ? "" : typed.trim();
    }
}
