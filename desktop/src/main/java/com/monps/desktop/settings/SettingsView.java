package com.monps.desktop.settings;

import com.monps.desktop.fx.Converters;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.Theme;
import com.monps.desktop.fx.View;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The settings form (SettingsView.fxml) bound field by field to its model; Save and Refresh go to the controller. */
public final class SettingsView implements View {

    private final VBox root;
    @FXML private ComboBox<String> profile;
    @FXML private TextField host;
    @FXML private TextField port;
    @FXML private TextField database;
    @FXML private TextField user;
    @FXML private TextField passwordFile;
    @FXML private PasswordField password;
    @FXML private TextField bankroll;
    @FXML private TextField kelly;
    @FXML private TextField maxShare;
    @FXML private ComboBox<String> language;
    @FXML private ComboBox<Theme> theme;
    @FXML private TextField agentUrl;
    @FXML private TextField agentTokenFile;
    @FXML private CheckBox alertsEnabled;
    @FXML private TextField alertMinEdge;
    @FXML private TextField alertMinPatron;
    @FXML private Button refreshHistory;
    @FXML private Button save;
    @FXML private Label message;

    public SettingsView(SettingsModel model, SettingsController controller, I18n i18n) {
        root = Fxml.load(this, i18n);
        profile.getItems().setAll(SettingsModel.PROFILES);
        profile.setConverter(Converters.labels(p -> i18n.get(ConnectionProfile.EMBEDDED.equals(p) ? "settings.embedded" : "settings.remote")));
        profile.valueProperty().bindBidirectional(model.profileProperty());
        language.getItems().setAll(SettingsModel.LANGUAGES);
        language.valueProperty().bindBidirectional(model.languageProperty());
        theme.getItems().setAll(Theme.values());
        theme.setConverter(Converters.labels(t -> i18n.get("settings.theme." + t.name().toLowerCase(Locale.ROOT))));
        theme.valueProperty().bindBidirectional(model.themeProperty());
        Map<TextInputControl, StringProperty> fields = Map.ofEntries(Map.entry(host, model.hostProperty()),
                Map.entry(port, model.portProperty()), Map.entry(database, model.databaseProperty()), Map.entry(user, model.userProperty()),
                Map.entry(passwordFile, model.passwordFileProperty()), Map.entry(password, model.passwordProperty()),
                Map.entry(bankroll, model.bankrollProperty()), Map.entry(kelly, model.kellyProperty()),
                Map.entry(maxShare, model.maxShareProperty()), Map.entry(agentUrl, model.agentUrlProperty()),
                Map.entry(agentTokenFile, model.agentTokenFileProperty()), Map.entry(alertMinEdge, model.alertMinEdgeProperty()),
                Map.entry(alertMinPatron, model.alertMinPatronProperty()));
        fields.forEach((field, property) -> field.textProperty().bindBidirectional(property));
        alertsEnabled.selectedProperty().bindBidirectional(model.alertsEnabledProperty());
        var embedded = model.profileProperty().isEqualTo(ConnectionProfile.EMBEDDED);
        for (Node remoteOnly : List.of(host, port, database, user, passwordFile, password)) {
            remoteOnly.disableProperty().bind(embedded);
        }
        alertMinEdge.disableProperty().bind(model.alertsEnabledProperty().not());
        alertMinPatron.disableProperty().bind(model.alertsEnabledProperty().not());
        refreshHistory.disableProperty().bind(model.historyAvailableProperty().not().or(model.refreshingProperty()));
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((obs, was, error) -> {
            message.getStyleClass().remove(Styles.ERROR_TEXT);
            if (error) {
                message.getStyleClass().add(Styles.ERROR_TEXT);
            }
        });
        save.setOnAction(e -> controller.onSave());
        refreshHistory.setOnAction(e -> controller.onRefreshHistory());
    }

    @Override
    public VBox root() {
        return root;
    }
}
