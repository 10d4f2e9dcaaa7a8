package com.monps.desktop.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the desktop keeps its embedded PostgreSQL, settings, downloads and start-up archive when no {@code --data-dir}
 * is given: {@code MONPS_HOME} if set, else the folder each platform reserves for a user's application data:
 * {@code %APPDATA%\Mon_PS} on Windows, {@code ~/Library/Application Support/Mon_PS} on macOS and
 * {@code $XDG_DATA_HOME/monps} (default {@code ~/.local/share/monps}) elsewhere. The portable launchers
 * ({@code desktop/src/portable/}) pick the same folder for the CDS archive. The machine is passed in (system name,
 * environment, home folder) so that every platform's answer is tested on any; the home folder's file system builds the
 * path, so a Windows home gives a Windows path.
 */
final class DataFolder {

    private static final String DESKTOP_FOLDER = "Mon_PS";
    private static final String UNIX_FOLDER = "monps";

    private DataFolder() {
    }

    static Path ofThisMachine() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path of(String osName, Map<String, String> environment, Path userHome) {
        String override = nonBlank(environment.get("MONPS_HOME"));
        if (override != null) {
            return userHome.getFileSystem().getPath(override);
        }
        String system = osName.toLowerCase(Locale.ROOT);
        if (system.startsWith("windows")) {
            String appData = nonBlank(environment.get("APPDATA"));
            // %APPDATA% is the roaming profile folder; the same default if a stripped-down environment lacks it.
            Path roaming = appData != null ? userHome.getFileSystem().getPath(appData) : userHome.resolve("AppData").resolve("Roaming");
            return roaming.resolve(DESKTOP_FOLDER);
        }
        if (system.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(DESKTOP_FOLDER);
        }
        return xdgDataHome(environment.get("XDG_DATA_HOME"), userHome).resolve(UNIX_FOLDER);
    }

    /** The XDG base directory spec says a relative {@code XDG_DATA_HOME} is invalid and is to be ignored. */
    private static Path xdgDataHome(String value, Path userHome) {
        String xdg = nonBlank(value);
        if (xdg != null) {
            Path path = userHome.getFileSystem().getPath(xdg);
            if (path.isAbsolute()) {
                return path;
            }
        }
        return userHome.resolve(".local").resolve("share");
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
