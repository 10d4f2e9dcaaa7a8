package com.monps.desktop.settings;

import com.monps.desktop.fx.Theme;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Reads and writes the settings as a properties file in the user's data folder; a missing file means the defaults. */
public final class SettingsStore {

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public DesktopSettings load() {
        if (!Files.isRegularFile(file)) {
            return DesktopSettings.defaults();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the settings in " + file, e);
        }
        DesktopSettings d = DesktopSettings.defaults();
        return new DesktopSettings(profile(p), new BigDecimal(p.getProperty("bankroll", d.bankroll().toPlainString())),
                Double.parseDouble(p.getProperty("kelly.fraction", Double.toString(d.kellyFraction()))),
                Double.parseDouble(p.getProperty("max.share", Double.toString(d.maxShare()))),
                p.getProperty("language", d.language()), Theme.fromName(p.getProperty("theme", "dark")),
                URI.create(p.getProperty("agent.url", d.agentUrl().toString())), path(p.getProperty("agent.token.file")),
                Double.parseDouble(p.getProperty("window.width", Double.toString(d.windowWidth()))),
                Double.parseDouble(p.getProperty("window.height", Double.toString(d.windowHeight()))),
                p.getProperty("window.screen", d.lastScreen()));
    }

    public void save(DesktopSettings s) {
        Properties p = new Properties();
        ConnectionProfile profile = s.profile();
        p.setProperty("profile", profile.name());
        if (!profile.isEmbedded()) {
            p.setProperty("profile.host", profile.host());
            p.setProperty("profile.port", Integer.toString(profile.port()));
            p.setProperty("profile.database", profile.database());
            p.setProperty("profile.user", profile.user());
            if (profile.passwordFile() != null) {
                p.setProperty("profile.password.file", profile.passwordFile().toString());
            }
        }
        p.setProperty("bankroll", s.bankroll().toPlainString());
        p.setProperty("kelly.fraction", Double.toString(s.kellyFraction()));
        p.setProperty("max.share", Double.toString(s.maxShare()));
        p.setProperty("language", s.language());
        p.setProperty("theme", s.theme().name().toLowerCase(java.util.Locale.ROOT));
        p.setProperty("agent.url", s.agentUrl().toString());
        if (s.agentTokenFile() != null) {
            p.setProperty("agent.token.file", s.agentTokenFile().toString());
        }
        p.setProperty("window.width", Double.toString(s.windowWidth()));
        p.setProperty("window.height", Double.toString(s.windowHeight()));
        p.setProperty("window.screen", s.lastScreen());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Mon_PS desktop settings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the settings to " + file, e);
        }
    }

    /** Whether the trader ever saved settings (no file: first start). */
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    private static ConnectionProfile profile(Properties p) {
        String name = p.getProperty("profile", ConnectionProfile.EMBEDDED);
        if (ConnectionProfile.EMBEDDED.equals(name)) {
            return ConnectionProfile.embedded();
        }
        return new ConnectionProfile(name, p.getProperty("profile.host"), Integer.parseInt(p.getProperty("profile.port", "5432")),
                p.getProperty("profile.database"), p.getProperty("profile.user"), path(p.getProperty("profile.password.file")));
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
