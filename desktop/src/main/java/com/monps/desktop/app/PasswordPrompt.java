package com.monps.desktop.app;

import com.monps.desktop.fx.I18n;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Asks for a database password on the FX thread, for a caller on another thread; the password is never shown. */
final class PasswordPrompt {

    private PasswordPrompt() {
    }

    static Optional<String> ask(Window owner, I18n i18n, String target) {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            Dialog<String> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle(i18n.get("settings.password"));
            dialog.setHeaderText(target);
            StringProperty typed = new SimpleStringProperty("");
            dialog.getDialogPane().setContent(new PasswordPromptView(typed, i18n).root());
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
            dialog.setResultConverter(button -> button == ButtonType.OK ? typed.get() : null);
            answer.complete(dialog.showAndWait().filter(p -> !p.isEmpty()));
        });
        return answer.join();
    }
}
