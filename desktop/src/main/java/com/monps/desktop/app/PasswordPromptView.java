package com.monps.desktop.app;

import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.View;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** The password prompt's content (PasswordPromptView.fxml), its field bound to {@code password}. */
final class PasswordPromptView implements View {

    private final VBox root;
    @FXML private PasswordField password;

    PasswordPromptView(StringProperty typed, I18n i18n) {
        root = Fxml.load(this, i18n);
        password.textProperty().bindBidirectional(typed);
    }

    @Override
    public VBox root() {
        return root;
    }
}
