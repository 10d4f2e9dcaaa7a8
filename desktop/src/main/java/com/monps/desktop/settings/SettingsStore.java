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
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Reads and writes the settings as a properties file in the user's data folder; a missing file means the defaults, a
 * bad value its key's default (the others kept, see {@link SettingsValues}). Saving replaces the file atomically.
 */
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
        SettingsValues v = new SettingsValues(p, file);
        DesktopSettings d = DesktopSettings.defaults();
        return new DesktopSettings(v.get("profile", name -> profile(name, p), d.profile()),
                v.get("bankroll", text -> DesktopSettings.checkBankroll(new BigDecimal(text)), d.bankroll()),
                v.get("kelly.fraction", text -> DesktopSettings.checkShare("Kelly fraction", Double.parseDouble(text)), d.kellyFraction()),
                v.get("max.share", text -> DesktopSettings.checkShare("largest share", Double.parseDouble(text)), d.maxShare()),
                v.text("language", d.language()), v.get("theme", Theme::fromName, d.theme()),
                v.get("agent.url", URI::create, d.agentUrl()), path(p.getProperty("agent.token.file")),
                v.get("window.width", Double::parseDouble, d.windowWidth()),
                v.get("window.height", Double::parseDouble, d.windowHeight()),
                v.text("window.screen", d.lastScreen()));
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
        write(p);
    }

    /** Writes a temporary file beside the settings, then moves it over them: a crash mid-write leaves the old file. */
    private void write(Properties p) {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(out, "Mon_PS desktop settings");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write the settings to " + file, e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the write already failed and is reported; a stray temporary file is harmless
        }
    }

    /** Whether the trader ever saved settings (no file: first start). */
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    private static ConnectionProfile profile(String name, Properties p) {
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
