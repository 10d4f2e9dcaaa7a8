package com.monps.desktop.fx;

import javafx.scene.Scene;

import java.util.Locale;
import java.util.Objects;

/** The two colour schemes: a token file (dark.css or light.css) under the shared rules of base.css. */
public enum Theme {
    DARK, LIGHT;

    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(resource(name().toLowerCase(Locale.ROOT) + ".css"), resource("base.css"));
    }

    public static Theme fromName(String name) {
        return "light".equalsIgnoreCase(name) ? LIGHT : DARK;
    }

    private static String resource(String file) {
        return Objects.requireNonNull(Theme.class.getResource("/com/monps/desktop/theme/" + file), file).toExternalForm();
    }
}
