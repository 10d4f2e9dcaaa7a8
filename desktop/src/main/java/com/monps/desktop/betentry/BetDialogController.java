package com.monps.desktop.betentry;

import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.desktop.fx.I18n;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Records (or corrects) one bet: fills the model from a {@link BetForm}, offers home and away only on a two-way match,
 * checks the form with {@link BetValidator} on save and writes nothing while an error remains.
 */
public final class BetDialogController {

    /** Writes the bet, then calls {@code onSaved}, or {@code onFailed} with the database's reason. */
    @FunctionalInterface
    public interface Writer {
        void write(NewBet bet, Runnable onSaved, Consumer<Throwable> onFailed);
    }

    private final BetDialogModel model = new BetDialogModel();
    private final I18n i18n;
    private final BetValidator validator;
    private final Writer writer;
    private final BetForm prefill;
    private final Set<String> twoWay;

    /** Over {@code matches}, filled from {@code form}; the matches of {@code twoWay} offer home and away only. */
    public BetDialogController(I18n i18n, BetValidator validator, Writer writer, List<Match> matches, Set<String> twoWay,
                               List<String> knownBookmakers, BetForm form, boolean matchFixed) {
        this.i18n = i18n;
        this.validator = validator;
        this.writer = writer;
        this.prefill = form;
        this.twoWay = Set.copyOf(twoWay);
        model.matches().setAll(matches);
        model.matchProperty().addListener((obs, before, chosen) -> offerOutcomesOf(chosen));
        model.matchProperty().set(form.match());
        offerOutcomesOf(form.match());
        model.matchFixedProperty().set(matchFixed);
        model.outcomeProperty().set(form.outcome());
        model.oddsProperty().set(form.odds());
        model.stakeProperty().set(form.stake());
        model.bookmakers().setAll(knownBookmakers);
        model.bookmakerProperty().set(form.bookmaker() == null ? "" : form.bookmaker());
        model.notesProperty().set(form.notes());
    }

    private void offerOutcomesOf(Match chosen) {
        List<Outcome> choices = chosen != null && twoWay.contains(chosen.id()) ? List.of(Outcome.HOME, Outcome.AWAY) : Outcome.RESULTS;
        Outcome current = model.outcomeProperty().get();
        model.outcomes().setAll(choices);
        model.outcomeProperty().set(current != null && choices.contains(current) ? current : null);
    }

    public void onSave() {
        BetValidator.Result result = validator.validate(currentForm());
        model.errorsProperty().set(join(result.errors()));
        model.warningsProperty().set(join(result.warnings()));
        model.oddsInvalidProperty().set(result.invalid(BetValidator.Field.ODDS));
        model.stakeInvalidProperty().set(result.invalid(BetValidator.Field.STAKE));
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
        return new BetForm(model.matchProperty().get(), model.outcomeProperty().get(), model.oddsProperty().get(),
                model.stakeProperty().get(), model.bookmakerProperty().get(), model.notesProperty().get(),
                prefill.fairProbability(), prefill.opportunityId(), prefill.edgePct(), prefill.patronScore(), prefill.patronConfidence());
    }

    private String join(List<BetValidator.Problem> problems) {
        return problems.stream().map(p -> i18n.format(p.key(), p.arguments())).collect(Collectors.joining("\n"));
    }

    public BetDialogModel model() {
        return model;
    }
}
