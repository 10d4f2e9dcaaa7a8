package com.monps.desktop.app;

import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** What the first start shows while the embedded database starts and the history is imported. */
final class PreparingView {

    private final VBox root = new VBox();
    private final Label step = new Label();
    private final ProgressBar bar = new ProgressBar();

    PreparingView(I18n i18n) {
        Label title = new Label(i18n.get("prepare.title"));
        title.getStyleClass().add(Styles.TITLE);
        step.getStyleClass().add(Styles.MUTED);
        step.setId("prepare-step");
        bar.setPrefWidth(420);
        root.getStyleClass().add("preparing");
        root.setAlignment(Pos.CENTER);
        root.getChildren().addAll(title, bar, step);
    }

    void step(String text) {
        step.setText(text);
    }

    void fail(String text) {
        bar.setVisible(false);
        step.setText(text);
        step.getStyleClass().add(Styles.ERROR_TEXT);
    }

    VBox root() {
        return root;
    }
}
