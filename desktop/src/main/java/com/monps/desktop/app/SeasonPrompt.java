package com.monps.desktop.app;

import com.monps.desktop.fx.I18n;
import com.monps.desktop.history.Season;
import com.monps.desktop.history.SeasonCatalog;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

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
            ObservableList<Season> ticked = FXCollections.observableArrayList(catalog.defaults());
            Dialog<List<Season>> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle(i18n.get("prepare.title"));
            dialog.setHeaderText(i18n.get("prepare.pickSeasons"));
            dialog.getDialogPane().setContent(new SeasonPromptView(catalog.offered(), ticked, i18n).root());
            ButtonType download = new ButtonType(i18n.get("prepare.download"), ButtonBar.ButtonData.OK_DONE);
            ButtonType empty = new ButtonType(i18n.get("prepare.openEmpty"), ButtonBar.ButtonData.CANCEL_CLOSE);
            dialog.getDialogPane().getButtonTypes().setAll(empty, download);
            dialog.setResultConverter(button -> button == download ? List.copyOf(ticked) : List.of());
            answer.complete(dialog.showAndWait().orElse(List.of()));
        });
        return answer.join();
    }
}
