package com.monps.desktop.betentry;

import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.Outcome;
import com.monps.desktop.fx.Converters;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.MarketText;
import com.monps.desktop.fx.View;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The bet dialog's window (BetDialogView.fxml) bound to its model; Save and Cancel go to the controller. */
public final class BetDialogView implements View {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Stage stage = new Stage();
    private final VBox root;
    @FXML private ComboBox<Match> match;
    @FXML private ComboBox<Market> market;
    @FXML private TextField point;
    @FXML private Label pointExplanation;
    @FXML private ComboBox<Outcome> outcome;
    @FXML private Label modelPrice;
    @FXML private TextField odds;
    @FXML private TextField stake;
    @FXML private ComboBox<String> bookmaker;
    @FXML private TextField notes;
    @FXML private Label errors;
    @FXML private Label warnings;
    @FXML private Button save;
    @FXML private Button cancel;

    public BetDialogView(BetDialogModel model, BetDialogController controller, Window owner, I18n i18n, Formats formats) {
        root = Fxml.load(this, i18n);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("bet.dialog.title"));
        stage.setScene(new Scene(root));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        match.setConverter(Converters.labels(m -> formats.dateTime(m.commenceTime()) + "  " + m.label()
                + (m.league() == null ? "" : "  (" + m.league() + ")")));
        match.setItems(model.matches());
        match.valueProperty().bindBidirectional(model.matchProperty());
        match.disableProperty().bind(model.matchFixedProperty());
        MarketText markets = new MarketText(i18n);
        market.setConverter(Converters.labels(markets::market));
        market.setItems(model.markets());
        market.valueProperty().bindBidirectional(model.marketProperty());
        market.disableProperty().bind(model.matchFixedProperty());
        point.textProperty().bindBidirectional(model.pointProperty());
        point.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.matchFixedProperty().get() || !model.marketProperty().get().hasLine(),
                model.matchFixedProperty(), model.marketProperty()));
        pointExplanation.textProperty().bind(model.pointExplanationProperty());
        modelPrice.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("bet.modelPrice", formats.odds(model.modelPriceProperty().get())), model.modelPriceProperty()));
        outcome.setConverter(Converters.labels(markets::outcome));
        outcome.setItems(model.outcomes());
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        outcome.disableProperty().bind(model.matchFixedProperty());
        odds.textProperty().bindBidirectional(model.oddsProperty());
        stake.textProperty().bindBidirectional(model.stakeProperty());
        bookmaker.setItems(model.bookmakers());
        bookmaker.getEditor().textProperty().bindBidirectional(model.bookmakerProperty());
        notes.textProperty().bindBidirectional(model.notesProperty());
        errors.textProperty().bind(model.errorsProperty());
        warnings.textProperty().bind(model.warningsProperty());
        model.oddsInvalidProperty().addListener((obs, was, invalid) -> odds.pseudoClassStateChanged(INVALID, invalid));
        model.stakeInvalidProperty().addListener((obs, was, invalid) -> stake.pseudoClassStateChanged(INVALID, invalid));
        model.pointInvalidProperty().addListener((obs, was, invalid) -> point.pseudoClassStateChanged(INVALID, invalid));
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> controller.onSave());
        cancel.setOnAction(e -> controller.onCancel());
        model.openProperty().addListener((obs, was, open) -> {
            if (!open) {
                stage.close();
            }
        });
        stage.setOnHidden(e -> model.openProperty().set(false));
        stage.show();
        (model.matchFixedProperty().get() ? odds : match).requestFocus();
    }

    @Override
    public VBox root() {
        return root;
    }

    public Stage stage() {
        return stage;
    }
}
