package com.monps.desktop.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a Linux desktop needs before JavaFX starts: a display to draw on and GTK 3, which JavaFX's window toolkit loads.
 * Without them JavaFX fails with a stack trace ("Unable to load glass GTK library"); this says in one line what is
 * missing and how to get it. Other systems, and the headless Monocle platform of the tests, need neither.
 */
final class DisplayCheck {

    static final String GTK = "libgtk-3.so.0";
    private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/usr/lib64", "/usr/lib", "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/lib64", "/lib", "/usr/local/lib");

    private final String osName;
    private final Map<String, String> env;
    private final String glassPlatform;
    private final Predicate<Path> exists;

    DisplayCheck(String osName, Map<String, String> env, String glassPlatform, Predicate<Path> exists) {
        this.osName = osName;
        this.env = env;
        this.glassPlatform = glassPlatform;
        this.exists = exists;
    }

    static DisplayCheck ofThisMachine() {
        return new DisplayCheck(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"),
                Files::isRegularFile);
    }

    /** The one line to print when the desktop cannot open a window here; empty when it can. */
    Optional<String> problem() {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return Optional.empty();
        }
        if (!hasGtk()) {
            return Optional.of("Mon_PS needs GTK 3 to open its window and " + GTK + " is not installed: "
                    + "sudo apt install libgtk-3-0 (Debian, Ubuntu) or sudo dnf install gtk3 (Fedora), then start again.");
        }
        if (blank("DISPLAY") && blank("WAYLAND_DISPLAY")) {
            return Optional.of("Mon_PS found no display (DISPLAY and WAYLAND_DISPLAY are unset): start it from a desktop "
                    + "session, set DISPLAY (e.g. DISPLAY=:0 or ssh -X), or without a screen use xvfb-run -a ./monps-desktop --snapshot DIR.");
        }
        return Optional.empty();
    }

    private boolean hasGtk() {
        List<String> dirs = new ArrayList<>();
        String extra = env.get("LD_LIBRARY_PATH");
        if (extra != null && !extra.isBlank()) {
            dirs.addAll(List.of(extra.split(":")));
        }
        dirs.addAll(LIBRARY_DIRS);
        return dirs.stream().filter(dir -> !dir.isBlank()).anyMatch(dir -> exists.test(Path.of(dir, GTK)));
    }

    private boolean blank(String name) {
        String value = env.get(name);
        return value == null || value.isBlank();
    }
}
