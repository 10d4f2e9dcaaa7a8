package com.monps.desktop.app;

import com.monps.desktop.fx.I18n;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asks, on the FX thread, which football-data.co.uk seasons to download on the first start (for a caller on another
 * thread). The five big leagues' last two seasons are ticked; "Open empty" downloads nothing.
 */
final class SeasonPrompt {

    private static final List<String> DIVISIONS = List.of("E0", "E1", "F1", "D1", "I1", "SP1");
    private static final List<String> SEASONS = List.of("2425", "2324", "2223", "2122", "2021", "1920");

    private SeasonPrompt() {
    }

    static List<String> ask(Window owner, I18n i18n) {
        CompletableFuture<List<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            List<String> all = new ArrayList<>();
            for (String season : SEASONS) {
                for (String division : DIVISIONS) {
                    all.add(division + "_" + season);
                }
            }
            CheckListView<String> choices = new CheckListView<>(FXCollections.observableArrayList(all));
            choices.setId("season-choices");
            SeasonDownloader.DEFAULT_FILES.forEach(name -> choices.getCheckModel().check(name));
            choices.setPrefHeight(320);
            Dialog<List<String>> dialog = new Dialog<>();
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
