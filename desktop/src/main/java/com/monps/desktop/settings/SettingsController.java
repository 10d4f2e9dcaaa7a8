package com.monps.desktop.settings;

import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Screen;
import com.monps.desktop.fx.TaskRunner;
import com.monps.desktop.history.HistoryRefresh;
import com.monps.desktop.history.Season;
import com.monps.desktop.shared.AlertRule;
import com.monps.desktop.shared.AlertRuleStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Creates the settings model and view; fills the form from the stored settings and saves it back (a bad value is
 * refused with its reason and nothing is saved), and refreshes the current season's history on demand.
 */
public final class SettingsController implements Screen {

    /** Where saved changes go: the session's settings and the alert rule. */
    public interface Applied {
        void settings(DesktopSettings changed);

        void alertRule(AlertRule changed);
    }

    private final SettingsModel model = new SettingsModel();
    private final SettingsView view;
    private final SettingsStore store;
    private final AlertRuleStore alerts;
    private final I18n i18n;
    private final TaskRunner runner;
    private final Optional<HistoryRefresh> history;
    private final Applied applied;

    /** {@code history} refreshes the current season; empty for a remote database, whose history the agent keeps. */
    public SettingsController(SettingsStore store, AlertRuleStore alerts, TaskRunner runner, I18n i18n,
                              Optional<HistoryRefresh> history, Applied applied) {
        this.store = store;
        this.alerts = alerts;
        this.i18n = i18n;
        this.runner = runner;
        this.history = history;
        this.applied = applied;
        model.historyAvailableProperty().set(history.isPresent());
        this.view = new SettingsView(model, this, i18n);
    }

    @Override
    public void activate() {
        refresh();
    }

    @Override
    public void deactivate() {
        model.passwordProperty().set("");
    }

    @Override
    public void refresh() {
        SettingsForm.fill(model, store.load(), alerts.load());
        say("", false);
    }

    void onSave() {
        try {
            DesktopSettings updated = SettingsForm.settings(model, store.load());
            AlertRule rule = SettingsForm.alertRule(model);
            String password = model.passwordProperty().get();
            if (!password.isEmpty() && updated.profile().passwordFile() != null) {
                SecretFile.write(updated.profile().passwordFile(), password);
            }
            store.save(updated);
            alerts.save(rule);
            model.passwordProperty().set("");
            say(i18n.get("settings.saved"), false);
            applied.settings(updated);
            applied.alertRule(rule);
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            say(i18n.format("settings.invalid", e.getMessage()), true);
        }
    }

    void onRefreshHistory() {
        history.ifPresent(refresh -> {
            model.refreshingProperty().set(true);
            say(i18n.get("settings.refreshing"), false);
            runner.run(refresh::refreshNow, done -> {
                model.refreshingProperty().set(false);
                say(done.seasons().isEmpty() ? i18n.get("settings.refreshedNothing") : i18n.format("settings.refreshed",
                        done.seasons().stream().map(Season::label).collect(Collectors.joining(", ")),
                        done.imported().matchesAdded(), done.imported().matchesUpdated()), false);
            }, error -> {
                model.refreshingProperty().set(false);
                say(i18n.format("settings.refreshFailed", error.getMessage()), true);
            });
        });
    }

    private void say(String text, boolean error) {
        model.messageProperty().set(text);
        model.messageIsErrorProperty().set(error);
    }

    @Override
    public SettingsView view() {
        return view;
    }
}
