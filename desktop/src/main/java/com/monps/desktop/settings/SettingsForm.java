package com.monps.desktop.settings;

import com.monps.desktop.fx.Theme;
import com.monps.desktop.shared.AlertRule;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;

/** Between the stored settings and the form as typed: fills the model, and reads it back refusing a bad value by name. */
final class SettingsForm {

    private SettingsForm() {
    }

    static void fill(SettingsModel m, DesktopSettings s, AlertRule rule) {
        ConnectionProfile p = s.profile();
        m.profileProperty().set(p.isEmbedded() ? ConnectionProfile.EMBEDDED : "remote");
        m.hostProperty().set(text(p.host()));
        m.portProperty().set(p.isEmbedded() ? "5432" : Integer.toString(p.port()));
        m.databaseProperty().set(text(p.database()));
        m.userProperty().set(text(p.user()));
        m.passwordFileProperty().set(p.passwordFile() == null ? "" : p.passwordFile().toString());
        m.passwordProperty().set("");
        m.bankrollProperty().set(s.bankroll().toPlainString());
        m.kellyProperty().set(Double.toString(s.kellyFraction()));
        m.maxShareProperty().set(Double.toString(s.maxShare()));
        m.languageProperty().set(s.language());
        m.themeProperty().set(s.theme());
        m.agentUrlProperty().set(s.agentUrl().toString());
        m.agentTokenFileProperty().set(s.agentTokenFile() == null ? "" : s.agentTokenFile().toString());
        m.alertsEnabledProperty().set(rule.enabled());
        m.alertMinEdgeProperty().set(rule.minEdgePct().toPlainString());
        m.alertMinPatronProperty().set(rule.minPatronScore().toPlainString());
    }

    /** The settings typed, keeping the window as {@code current} has it. */
    static DesktopSettings settings(SettingsModel m, DesktopSettings current) {
        return new DesktopSettings(profile(m), number(m.bankrollProperty().get(), "bankroll"),
                number(m.kellyProperty().get(), "Kelly fraction").doubleValue(), number(m.maxShareProperty().get(), "share").doubleValue(),
                m.languageProperty().get(), m.themeProperty().get() == null ? Theme.DARK : m.themeProperty().get(),
                URI.create(m.agentUrlProperty().get().trim()), path(m.agentTokenFileProperty().get()),
                current.windowWidth(), current.windowHeight(), current.lastScreen());
    }

    static AlertRule alertRule(SettingsModel m) {
        return new AlertRule(m.alertsEnabledProperty().get(), number(m.alertMinEdgeProperty().get(), "alert edge"),
                number(m.alertMinPatronProperty().get(), "alert patron score"));
    }

    private static ConnectionProfile profile(SettingsModel m) {
        if (ConnectionProfile.EMBEDDED.equals(m.profileProperty().get())) {
            return ConnectionProfile.embedded();
        }
        return new ConnectionProfile("remote", m.hostProperty().get().trim(), number(m.portProperty().get(), "port").intValue(),
                m.databaseProperty().get().trim(), m.userProperty().get().trim(), path(m.passwordFileProperty().get()));
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

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
