package com.monps.desktop.app;

import javafx.application.Application;

/**
 * Entry point. It does not extend {@link Application} so that JavaFX loads from the class path; see {@link LaunchOptions}
 * for the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        var problem = DisplayCheck.ofThisMachine().problem();
        if (problem.isPresent()) {
            // before any window or logging exists: the one line the person at the terminal needs
            System.err.println(problem.get());
            System.exit(1);
        }
        SharedArchiveFolder.ensureExists();
        Application.launch(MonpsApp.class, args);
        System.exit(MonpsApp.exitCode());
    }
}
