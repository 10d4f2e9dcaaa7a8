package com.monps.desktop.fx;

import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts a screen in a themed window and activates it, as the shell does. */
public final class ScreenHarness {

    private ScreenHarness() {
    }

    public static void show(Stage stage, Screen screen) {
        Scene scene = new Scene(screen.view().root(), 1300, 750);
        Theme.DARK.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }
}
