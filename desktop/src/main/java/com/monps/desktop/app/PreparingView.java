package com.monps.desktop.app;

import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.View;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** What the first start shows (PreparingView.fxml) while the embedded database starts and the history is imported. */
final class PreparingView implements View {

    private final VBox root;
    @FXML private Label step;
    @FXML private ProgressBar bar;

    PreparingView(PreparingModel model, I18n i18n) {
        root = Fxml.load(this, i18n);
        step.textProperty().bind(model.stepProperty());
        bar.visibleProperty().bind(model.failedProperty().not());
        model.failedProperty().addListener((obs, was, failed) -> step.getStyleClass().add(Styles.ERROR_TEXT));
    }

    @Override
    public VBox root() {
        return root;
    }
}
