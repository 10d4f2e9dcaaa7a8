package com.monps.desktop.settings;

import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.Theme;
import com.monps.desktop.fx.View;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;

/** The settings form: connection profile, staking, agent API, language and theme. */
public final class SettingsView implements View {

    final ComboBox<String> profile = new ComboBox<>(FXCollections.observableArrayList(ConnectionProfile.EMBEDDED, "remote"));
    final TextField host = field("settings-host");
    final TextField port = field("settings-port");
    final TextField database = field("settings-database");
    final TextField user = field("settings-user");
    final TextField passwordFile = field("settings-password-file");
    final PasswordField password = new PasswordField();
    final TextField bankroll = field("settings-bankroll");
    final TextField kelly = field("settings-kelly");
    final TextField maxShare = field("settings-max-share");
    final ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList("system", "fr", "en"));
    final ComboBox<Theme> theme = new ComboBox<>(FXCollections.observableArrayList(Theme.values()));
    final TextField agentUrl = field("settings-agent-url");
    final TextField agentTokenFile = field("settings-agent-token-file");
    final CheckBox alertsEnabled = new CheckBox();
    final TextField alertMinEdge = field("settings-alert-min-edge");
    final TextField alertMinPatron = field("settings-alert-min-patron");
    final Button save = new Button();
    final Button refreshHistory = new Button();
    final Label message = new Label();
    private final VBox root = new VBox();

    public SettingsView(I18n i18n) {
        profile.setId("settings-profile");
        password.setId("settings-password");
        language.setId("settings-language");
        theme.setId("settings-theme");
        save.setId("settings-save");
        save.setText(i18n.get("settings.save"));
        alertsEnabled.setId("settings-alerts-enabled");
        alertMinEdge.disableProperty().bind(alertsEnabled.selectedProperty().not());
        alertMinPatron.disableProperty().bind(alertsEnabled.selectedProperty().not());
        refreshHistory.setId("settings-refresh-history");
        refreshHistory.setText(i18n.get("settings.refreshHistory"));
        message.setId("settings-message");
        message.setWrapText(true);
        root.getStyleClass().add("screen");
        Label title = new Label(i18n.get("nav.settings"));
        title.getStyleClass().add(Styles.TITLE);
        VBox left = new VBox(10,
                section(i18n.get("settings.connection"), i18n, List.of("settings.profile", "settings.host", "settings.port",
                        "settings.database", "settings.user", "settings.passwordFile", "settings.password"),
                        List.of(profile, host, port, database, user, passwordFile, password)),
                section(i18n.get("settings.bankroll"), i18n, List.of("settings.bankroll", "settings.kelly", "settings.maxShare"),
                        List.of(bankroll, kelly, maxShare)));
        VBox right = new VBox(10,
                section(i18n.get("nav.agent"), i18n, List.of("settings.agentUrl", "settings.agentTokenFile"), List.of(agentUrl, agentTokenFile)),
                section(i18n.get("settings.language"), i18n, List.of("settings.language", "settings.theme"), List.of(language, theme)),
                section(i18n.get("settings.alerts"), i18n, List.of("settings.alertsEnabled", "settings.alertMinEdge", "settings.alertMinPatron"),
                        List.of(alertsEnabled, alertMinEdge, alertMinPatron)),
                section(i18n.get("settings.history"), i18n, List.of("settings.historyHint"), List.of(refreshHistory)));
        root.getChildren().addAll(title, new HBox(10, left, right), save, message);
        var remote = profile.valueProperty().isEqualTo(ConnectionProfile.EMBEDDED);
        for (Node n : List.of(host, port, database, user, passwordFile, password)) {
            n.disableProperty().bind(remote);
        }
    }

    private static VBox section(String title, I18n i18n, List<String> labels, List<Node> fields) {
        Label head = new Label(title.toUpperCase(java.util.Locale.ROOT));
        head.getStyleClass().add(Styles.SECTION);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        for (int i = 0; i < labels.size(); i++) {
            Label label = new Label(i18n.get(labels.get(i)));
            label.setMinWidth(190);
            grid.addRow(i, label, fields.get(i));
        }
        VBox box = new VBox(6, head, grid);
        box.getStyleClass().add(Styles.CARD);
        box.setMaxWidth(760);
        return box;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(20);
        return field;
    }

    @Override
    public VBox root() {
        return root;
    }
}
