package com.monps.desktop.app;

import com.monps.desktop.fx.Cards;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.history.Season;
import com.monps.desktop.history.SeasonCatalog;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asks, on the FX thread, which football-data.co.uk seasons to download on the first start (for a caller on another
 * thread): those of {@link SeasonCatalog}, newest first, the five big leagues' current and last seasons ticked;
 * "Open empty" downloads nothing.
 */
final class SeasonPrompt {

    private SeasonPrompt() {
    }

    static List<Season> ask(Window owner, I18n i18n, SeasonCatalog catalog) {
        CompletableFuture<List<Season>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            CheckListView<Season> choices = new CheckListView<>(FXCollections.observableArrayList(catalog.offered()));
            choices.setId("season-choices");
            choices.setCellFactory(list -> new CheckBoxListCell<>(choices::getItemBooleanProperty, Cards.labels(Season::label)));
            catalog.defaults().forEach(season -> choices.getCheckModel().check(season));
            choices.setPrefHeight(320);
            Dialog<List<Season>> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle(i18n.get("prepare.title"));
            dialog.setHeaderText(i18n.get("prepare.pickSeasons"));
            dialog.getDialogPane().setContent(new VBox(8, new Label(i18n.get("prepare.pickSeasonsHint")), choices));
            ButtonType download = new ButtonType(i18n.get("prepare.download"), ButtonBar.ButtonData.OK_DONE);
            ButtonType empty = new ButtonType(i18n.get("prepare.openEmpty"), ButtonBar.ButtonData.CANCEL_CLOSE);
            dialog.getDialogPane().getButtonTypes().setAll(empty, download);
            dialog.setResultConverter(button -> button == download ? List.copyOf(choices.getCheckModel().getCheckedItems()) : List.of());
            answer.complete(dialog.showAndWait().orElse(List.of()));
        });
        return answer.join();
    }
}
