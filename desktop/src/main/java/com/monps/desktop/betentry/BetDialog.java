package com.monps.desktop.betentry;

import com.monps.core.domain.Match;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.desktop.fx.Cards;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Records (or corrects) a bet. Enter submits, Esc cancels; the form is checked by {@link BetValidator} and nothing is
 * written while an error remains: the reason is shown under the fields.
 */
public final class BetDialog {

    /** Writes the bet, then calls {@code onSaved}, or {@code onFailed} with the database's reason. */
    @FunctionalInterface
    public interface Writer {
        void write(NewBet bet, Runnable onSaved, Consumer<Throwable> onFailed);
    }

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Stage stage = new Stage();
    private final ComboBox<Match> match = new ComboBox<>();
    private final ComboBox<Outcome> outcome = new ComboBox<>(FXCollections.observableArrayList(Outcome.values()));
    private Set<String> twoWayMatches = Set.of();
    private final TextField odds = new TextField();
    private final TextField stake = new TextField();
    private final ComboBox<String> bookmaker = new ComboBox<>();
    private final TextField notes = new TextField();
    private final Label errors = new Label();
    private final Label warnings = new Label();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final I18n i18n;
    private final BetValidator validator;
    private final Writer writer;
    private BetForm prefill;

    public BetDialog(Window owner, I18n i18n, Formats formats, BetValidator validator, Writer writer) {
        this.i18n = i18n;
        this.validator = validator;
        this.writer = writer;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("bet.dialog.title"));
        match.setConverter(matchLabels(formats));
        outcome.setConverter(outcomeLabels(i18n));
        bookmaker.setEditable(true);
        stage.setScene(new Scene(layout()));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        match.valueProperty().addListener((property, before, chosen) -> offerOutcomesOf(chosen));
        save.setOnAction(e -> submit());
        cancel.setOnAction(e -> stage.close());
    }

    /**
     * Opens the dialog over {@code matches}, filled from {@code form} (a prefilled opportunity, or a bet to correct);
     * the matches of {@code twoWay} offer home and away only.
     */
    public void show(List<Match> matches, Set<String> twoWay, List<String> knownBookmakers, BetForm form, boolean matchFixed) {
        this.prefill = form;
        this.twoWayMatches = Set.copyOf(twoWay);
        match.setItems(FXCollections.observableArrayList(matches));
        match.setValue(form.match());
        offerOutcomesOf(form.match());
        match.setDisable(matchFixed);
        outcome.setValue(form.outcome());
        outcome.setDisable(matchFixed);
        odds.setText(form.odds());
        stake.setText(form.stake());
        bookmaker.setItems(FXCollections.observableArrayList(knownBookmakers));
        bookmaker.getEditor().setText(form.bookmaker() == null ? "" : form.bookmaker());
        notes.setText(form.notes());
        stage.show();
        (matchFixed ? odds : match).requestFocus();
    }

    private void offerOutcomesOf(Match chosen) {
        List<Outcome> choices = chosen != null && twoWayMatches.contains(chosen.id())
                ? List.of(Outcome.HOME, Outcome.AWAY) : List.of(Outcome.values());
        Outcome current = outcome.getValue();
        outcome.getItems().setAll(choices);
        outcome.setValue(current != null && choices.contains(current) ? current : null);
    }

    private void submit() {
        BetValidator.Result result = validator.validate(currentForm());
        errors.setText(join(result.errors()));
        warnings.setText(join(result.warnings()));
        odds.pseudoClassStateChanged(INVALID, result.errors().stream().anyMatch(p -> p.key().startsWith("bet.error.odds")));
        stake.pseudoClassStateChanged(INVALID, result.errors().stream().anyMatch(p -> p.key().startsWith("bet.error.stake")));
        result.bet().ifPresent(bet -> {
            save.setDisable(true);
            writer.write(bet, stage::close, failure -> {
                save.setDisable(false);
                errors.setText(i18n.format("bet.error.database", failure.getMessage()));
            });
        });
    }

    private BetForm currentForm() {
        return new BetForm(match.getValue(), outcome.getValue(), odds.getText(), stake.getText(),
                bookmaker.getEditor().getText(), notes.getText(), prefill.fairProbability(), prefill.opportunityId(),
                prefill.edgePct(), prefill.patronScore(), prefill.patronConfidence());
    }

    private String join(List<BetValidator.Problem> problems) {
        return problems.stream().map(p -> i18n.format(p.key(), p.arguments())).collect(Collectors.joining("\n"));
    }

    private VBox layout() {
        match.setId("bet-match");
        outcome.setId("bet-outcome");
        odds.setId("bet-odds");
        stake.setId("bet-stake");
        bookmaker.setId("bet-bookmaker");
        notes.setId("bet-notes");
        errors.setId("bet-errors");
        warnings.setId("bet-warnings");
        save.setId("bet-save");
        cancel.setId("bet-cancel");
        errors.getStyleClass().add(Styles.ERROR_TEXT);
        warnings.getStyleClass().add(Styles.WARNING_TEXT);
        errors.setWrapText(true);
        warnings.setWrapText(true);
        match.setPrefWidth(340);
        GridPane form = new GridPane();
        form.getStyleClass().add("dialog-form");
        String[] labels = {"bet.match", "bet.outcome", "bet.odds", "bet.stake", "bet.bookmaker", "bet.notes"};
        Node[] fields = {match, outcome, odds, stake, bookmaker, notes};
        for (int i = 0; i < labels.length; i++) {
            form.addRow(i, new Label(i18n.get(labels[i])), fields[i]);
            GridPane.setHgrow(fields[i], Priority.ALWAYS);
        }
        save.setText(i18n.get("bet.save"));
        save.setDefaultButton(true);
        cancel.setText(i18n.get("action.cancel"));
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(8, form, errors, warnings, buttons);
        root.setPadding(new Insets(0, 14, 14, 14));
        root.setPrefWidth(460);
        return root;
    }

    private static StringConverter<Match> matchLabels(Formats formats) {
        return Cards.labels(m -> formats.dateTime(m.commenceTime()) + "  " + m.label() + (m.league() == null ? "" : "  (" + m.league() + ")"));
    }

    private static StringConverter<Outcome> outcomeLabels(I18n i18n) {
        return Cards.labels(o -> i18n.get("outcome." + o.code()));
    }

    public Stage stage() {
        return stage;
    }

    public ComboBox<Match> matchBox() {
        return match;
    }

    public ComboBox<Outcome> outcomeBox() {
        return outcome;
    }

    public ComboBox<String> bookmakerBox() {
        return bookmaker;
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
