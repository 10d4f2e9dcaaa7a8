package com.monps.desktop.betentry;

import com.monps.core.domain.Line;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.model.ScoreGrid;
import com.monps.core.model.SidePrices;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.MarketText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Records (or corrects) one bet: fills the model from a {@link BetForm}, offers the sides of the chosen market (home
 * and away only on a two-way match's 1X2), explains the line typed, shows the goal model's price of the side chosen,
 * checks the form with {@link BetValidator} on save and writes nothing while an error remains.
 */
public final class BetDialogController {

    /** Writes the bet, then calls {@code onSaved}, or {@code onFailed} with the database's reason. */
    @FunctionalInterface
    public interface Writer {
        void write(NewBet bet, Runnable onSaved, Consumer<Throwable> onFailed);
    }

    /** Agent E's score grid of a match, looked up in the background; empty when no model knows the match. */
    @FunctionalInterface
    public interface Models {
        Models NONE = (match, done) -> done.accept(Optional.empty());

        void gridOf(Match match, Consumer<Optional<ScoreGrid>> done);
    }

    private final BetDialogModel model = new BetDialogModel();
    private final I18n i18n;
    private final MarketText markets;
    private final BetValidator validator;
    private final Writer writer;
    private final BetForm prefill;
    private final Set<String> twoWay;
    private final Models models;
    private Optional<ScoreGrid> grid = Optional.empty();

    /** Over {@code matches}, filled from {@code form}; the matches of {@code twoWay} offer home and away only on 1X2. */
    public BetDialogController(I18n i18n, BetValidator validator, Writer writer, List<Match> matches, Set<String> twoWay,
                               List<String> knownBookmakers, BetForm form, boolean matchFixed, Models models) {
        this.i18n = i18n;
        this.markets = new MarketText(i18n);
        this.validator = validator;
        this.writer = writer;
        this.prefill = form;
        this.twoWay = Set.copyOf(twoWay);
        this.models = models;
        model.matches().setAll(matches);
        model.matchProperty().addListener((obs, before, chosen) -> {
            offerOutcomes(true);
            askModelFor(chosen);
        });
        model.marketProperty().addListener((obs, before, chosen) -> {
            offerOutcomes(false);
            explainLine();
        });
        model.pointProperty().addListener((obs, before, typed) -> explainLine());
        model.outcomeProperty().addListener((obs, before, chosen) -> priceByModel());
        model.matchProperty().set(form.match());
        model.marketProperty().set(form.market());
        model.pointProperty().set(form.point());
        offerOutcomes(true);
        model.matchFixedProperty().set(matchFixed);
        model.outcomeProperty().set(form.outcome());
        model.oddsProperty().set(form.odds());
        model.stakeProperty().set(form.stake());
        model.bookmakers().setAll(knownBookmakers);
        model.bookmakerProperty().set(form.bookmaker() == null ? "" : form.bookmaker());
        model.notesProperty().set(form.notes());
        explainLine();
        askModelFor(form.match());
    }

    /**
     * The sides of the chosen market. A side the market does not have stays chosen (a draw kept when the trader
     * switches to Asian handicap), so that saving says why it is refused rather than silently forgetting it; on a
     * two-way match's 1X2, changing the match clears a draw as before.
     */
    private void offerOutcomes(boolean matchChanged) {
        Match chosen = model.matchProperty().get();
        Market market = model.marketProperty().get();
        List<Outcome> choices = market == Market.H2H && chosen != null && twoWay.contains(chosen.id())
                ? List.of(Outcome.HOME, Outcome.AWAY) : market.outcomes();
        Outcome current = model.outcomeProperty().get();
        model.outcomes().setAll(choices);
        model.outcomeProperty().set(current == null || choices.contains(current) || !matchChanged ? current : null);
    }

    private void explainLine() {
        Market market = model.marketProperty().get();
        model.pointExplanationProperty().set(markets.lineExplanation(market, BetValidator.parse(model.pointProperty().get())));
        priceByModel();
    }

    private void askModelFor(Match match) {
        grid = Optional.empty();
        priceByModel();
        if (match != null) {
            models.gridOf(match, found -> {
                if (Objects.equals(model.matchProperty().get(), match)) {
                    grid = found;
                    priceByModel();
                }
            });
        }
    }

    /**
     * The model's fair price of the side chosen: from the match's score grid when a model knows the match, else the
     * price the scan wrote into the opportunity's details while the dialog still shows that opportunity's side.
     */
    private void priceByModel() {
        Market market = model.marketProperty().get();
        Outcome outcome = model.outcomeProperty().get();
        BigDecimal point = market.hasLine() ? BetValidator.parse(model.pointProperty().get()) : null;
        Optional<BigDecimal> computed = grid.flatMap(g -> fairOdds(g, market, outcome, point))
                .map(odds -> BigDecimal.valueOf(odds).setScale(2, RoundingMode.HALF_UP));
        boolean prefilledSide = market == prefill.market() && outcome == prefill.outcome()
                && Objects.equals(point, prefill.pointValue()) && Objects.equals(model.matchProperty().get(), prefill.match());
        model.modelPriceProperty().set(computed.orElse(prefilledSide ? prefill.modelPrice() : null));
    }

    /** The model's fair odds of the side, empty while the side or the line cannot be priced (not chosen, mistyped). */
    private static Optional<Double> fairOdds(ScoreGrid grid, Market market, Outcome outcome, BigDecimal point) {
        if (outcome == null || !market.outcomes().contains(outcome) || (market.hasLine() && (point == null || !Line.isQuarterMultiple(point)))) {
            return Optional.empty();
        }
        double odds = SidePrices.of(grid, market, outcome, point).fairOdds();
        return Double.isFinite(odds) ? Optional.of(odds) : Optional.empty();
    }

    public void onSave() {
        BetValidator.Result result = validator.validate(currentForm());
        model.errorsProperty().set(join(result.errors()));
        model.warningsProperty().set(join(result.warnings()));
        model.oddsInvalidProperty().set(result.invalid(BetValidator.Field.ODDS));
        model.stakeInvalidProperty().set(result.invalid(BetValidator.Field.STAKE));
        model.pointInvalidProperty().set(result.invalid(BetValidator.Field.POINT));
        result.bet().ifPresent(bet -> {
            model.savingProperty().set(true);
            writer.write(bet, () -> model.openProperty().set(false), failure -> {
                model.savingProperty().set(false);
                model.errorsProperty().set(i18n.format("bet.error.database", failure.getMessage()));
            });
        });
    }

    public void onCancel() {
        model.openProperty().set(false);
    }

    private BetForm currentForm() {
        return new BetForm(model.matchProperty().get(), model.marketProperty().get(), model.pointProperty().get(),
                model.outcomeProperty().get(), model.oddsProperty().get(), model.stakeProperty().get(),
                model.bookmakerProperty().get(), model.notesProperty().get(), prefill.fairProbability(),
                prefill.opportunityId(), prefill.edgePct(), prefill.patronScore(), prefill.patronConfidence(),
                prefill.modelPrice());
    }

    private String join(List<BetValidator.Problem> problems) {
        return problems.stream().map(p -> i18n.format(p.key(), localised(p.arguments()))).collect(Collectors.joining("\n"));
    }

    /** Markets and sides by their names in the trader's language; a list of sides as "Home or Away". */
    private Object[] localised(Object[] arguments) {
        Object[] names = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            names[i] = switch (arguments[i]) {
                case Market market -> markets.market(market);
                case Outcome outcome -> markets.outcome(outcome);
                case List<?> sides -> alternatives(sides.stream().map(s -> markets.outcome((Outcome) s)).toList());
                case null, default -> arguments[i];
            };
        }
        return names;
    }

    private String alternatives(List<String> names) {
        return i18n.format("list.or", String.join(", ", names.subList(0, names.size() - 1)), names.getLast());
    }

    public BetDialogModel model() {
        return model;
    }
}
