package com.monps.desktop.settings;

import com.monps.desktop.alerts.AlertRule;
import com.monps.desktop.alerts.AlertRuleStore;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Screen;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.TaskRunner;
import com.monps.desktop.fx.Theme;
import com.monps.desktop.history.HistoryRefresh;
import com.monps.desktop.history.Season;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Fills the form from the stored settings and saves it back; a bad value is refused with its reason and nothing is saved. */
public final class SettingsController implements Screen {

    private final SettingsView view;
    private final SettingsStore store;
    private final I18n i18n;
    private final TaskRunner runner;
    private final Optional<HistoryRefresh> history;
    private final Consumer<DesktopSettings> applied;
    private final AlertRuleStore alerts;
    private final Consumer<AlertRule> alertsApplied;

    /** {@code history} refreshes the current season; empty for a remote database, whose history the agent keeps. */
    public SettingsController(SettingsView view, SettingsStore store, TaskRunner runner, I18n i18n, Optional<HistoryRefresh> history,
                              Consumer<DesktopSettings> applied, AlertRuleStore alerts, Consumer<AlertRule> alertsApplied) {
        this.alerts = alerts;
        this.alertsApplied = alertsApplied;
        this.view = view;
        this.store = store;
        this.i18n = i18n;
        this.runner = runner;
        this.history = history;
        this.applied = applied;
        view.save.setOnAction(e -> save());
        view.refreshHistory.setDisable(history.isEmpty());
        view.refreshHistory.setOnAction(e -> refreshHistory());
    }

    private void refreshHistory() {
        history.ifPresent(refresh -> {
            view.refreshHistory.setDisable(true);
            say(i18n.get("settings.refreshing"), false);
            runner.run(refresh::refreshNow, done -> {
                view.refreshHistory.setDisable(false);
                say(done.seasons().isEmpty() ? i18n.get("settings.refreshedNothing") : i18n.format("settings.refreshed",
                        done.seasons().stream().map(Season::label).collect(Collectors.joining(", ")),
                        done.imported().matchesAdded(), done.imported().matchesUpdated()), false);
            }, error -> {
                view.refreshHistory.setDisable(false);
                say(i18n.format("settings.refreshFailed", error.getMessage()), true);
            });
        });
    }

    @Override
    public void activate() {
        refresh();
    }

    @Override
    public void deactivate() {
        view.password.clear();
    }

    @Override
    public void refresh() {
        DesktopSettings s = store.load();
        ConnectionProfile p = s.profile();
        view.profile.setValue(p.isEmbedded() ? ConnectionProfile.EMBEDDED : "remote");
        view.host.setText(p.host());
        view.port.setText(p.isEmbedded() ? "5432" : Integer.toString(p.port()));
        view.database.setText(p.database());
        view.user.setText(p.user());
        view.passwordFile.setText(p.passwordFile() == null ? "" : p.passwordFile().toString());
        view.bankroll.setText(s.bankroll().toPlainString());
        view.kelly.setText(Double.toString(s.kellyFraction()));
        view.maxShare.setText(Double.toString(s.maxShare()));
        view.language.setValue(s.language());
        view.theme.setValue(s.theme());
        view.agentUrl.setText(s.agentUrl().toString());
        view.agentTokenFile.setText(s.agentTokenFile() == null ? "" : s.agentTokenFile().toString());
        AlertRule rule = alerts.load();
        view.alertsEnabled.setSelected(rule.enabled());
        view.alertMinEdge.setText(rule.minEdgePct().toPlainString());
        view.alertMinPatron.setText(rule.minPatronScore().toPlainString());
        view.message.setText("");
    }

    private void save() {
        try {
            DesktopSettings current = store.load();
            DesktopSettings updated = new DesktopSettings(profile(), number(view.bankroll.getText(), "bankroll"),
                    number(view.kelly.getText(), "Kelly fraction").doubleValue(), number(view.maxShare.getText(), "share").doubleValue(),
                    view.language.getValue(), view.theme.getValue() == null ? Theme.DARK : view.theme.getValue(),
                    URI.create(view.agentUrl.getText().trim()), path(view.agentTokenFile.getText()),
                    current.windowWidth(), current.windowHeight(), current.lastScreen());
            AlertRule rule = new AlertRule(view.alertsEnabled.isSelected(), number(view.alertMinEdge.getText(), "alert edge"),
                    number(view.alertMinPatron.getText(), "alert patron score"));
            if (!view.password.getText().isEmpty() && updated.profile().passwordFile() != null) {
                SecretFile.write(updated.profile().passwordFile(), view.password.getText());
            }
            store.save(updated);
            alerts.save(rule);
            view.password.clear();
            say(i18n.get("settings.saved"), false);
            applied.accept(updated);
            alertsApplied.accept(rule);
        } catch (IllegalArgumentException | java.io.IOException | java.io.UncheckedIOException e) {
            say(i18n.format("settings.invalid", e.getMessage()), true);
        }
    }

    private ConnectionProfile profile() {
        if (ConnectionProfile.EMBEDDED.equals(view.profile.getValue())) {
            return ConnectionProfile.embedded();
        }
        return new ConnectionProfile("remote", view.host.getText().trim(), number(view.port.getText(), "port").intValue(),
                view.database.getText().trim(), view.user.getText().trim(), path(view.passwordFile.getText()));
    }

    private static BigDecimal number(String text, String what) {
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(what + " must be a number (got \"" + text + "\")");
        }
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.trim());
    }

    private void say(String text, boolean error) {
        view.message.setText(text);
        view.message.getStyleClass().remove(Styles.ERROR_TEXT);
        if (error) {
            view.message.getStyleClass().add(Styles.ERROR_TEXT);
        }
    }

    @Override
    public SettingsView view() {
        return view;
    }
}
