package com.monps.agent.api;

import com.monps.core.api.FieldProblem;
import com.monps.core.api.PlaceBetRequest;
import com.monps.core.domain.InvalidFieldException;
import com.monps.core.domain.Market;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Checks a {@link PlaceBetRequest} field by field, against the rules of a bet and of the columns that store it. Every
 * problem names its field and the rule; the API answers the first (docs/control-api.md).
 */
final class PlaceBetValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What {@link #check} found: the bet to record when nothing is wrong, else the problems in the order of the fields. */
    record Checked(NewBet bet, List<FieldProblem> problems) {
    }

    private PlaceBetValidator() {
    }

    /** The bet to record, or a 400 naming the first field that is missing, malformed or out of range. */
    static NewBet toNewBet(PlaceBetRequest request) {
        Checked checked = check(request);
        if (!checked.problems().isEmpty()) {
            throw ApiException.invalid(checked.problems());
        }
        return checked.bet();
    }

    static Checked check(PlaceBetRequest r) {
        FieldChecks checks = new FieldChecks();
        String matchId = checks.requiredText("match_id", r.matchId());
        String home = checks.requiredText("home_team", r.homeTeam());
        String away = checks.requiredText("away_team", r.awayTeam());
        String sport = checks.requiredText("sport", r.sport());
        String league = checks.requiredText("league", r.league());
        Instant commence = checks.required("commence_time", r.commenceTime());
        Outcome outcome = checks.required("outcome", r.outcome()) == null ? null : checks.code("outcome", r.outcome(), Outcome::fromCode);
        BigDecimal odds = checks.above("odds", checks.decimal("odds", checks.required("odds", r.odds()), 8, 3), BigDecimal.ONE);
        BigDecimal stake = checks.above("stake", checks.decimal("stake", checks.required("stake", r.stake()), 14, 2), BigDecimal.ZERO);
        String bookmaker = checks.requiredText("bookmaker", r.bookmaker());
        Market market = checks.code("market", r.market(), PlaceBetValidator::market);
        BigDecimal point = checks.decimal("point", r.point(), 5, 2);
        BigDecimal patron = checks.between("patron_score", checks.decimal("patron_score", r.patronScore(), 5, 2), BigDecimal.ZERO, HUNDRED);
        BigDecimal confidence = checks.between("patron_confidence", checks.decimal("patron_confidence", r.patronConfidence(), 4, 3),
                BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal edge = checks.decimal("edge_pct", r.edgePct(), 9, 3);
        String notes = checks.text("notes", r.notes(), FieldChecks.MAX_NOTES);
        if (!checks.passed()) {
            return new Checked(null, checks.problems());
        }
        try {
            // the rules between fields (an outcome the market has, a point the market needs) are the domain's
            NewBet bet = NewBet.of(matchId, home, away, sport, league, commence, outcome, odds, stake, bookmaker, market, point);
            return new Checked(bet.withAgentScores(edge, patron, confidence, r.opportunityId()).withNotes(notes), List.of());
        } catch (InvalidFieldException e) {
            return new Checked(null, List.of(new FieldProblem(e.field(), e.getMessage())));
        }
    }

    private static Market market(String code) {
        try {
            return Market.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'market': " + e.getMessage(), e);
        }
    }
}
