package com.monps.desktop.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

/** The keyboard: Ctrl+1…6 the pages, Ctrl+N record a bet, Ctrl+F search the bets, F5 refresh, Ctrl+Q quit. */
final class Shortcuts {

    private static final List<KeyCode> DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7);

    private Shortcuts() {
    }

    static void install(Scene scene, Workstation workstation) {
        var accelerators = scene.getAccelerators();
        int index = 0;
        for (String id : workstation.shell().ids()) {
            accelerators.put(new KeyCodeCombination(DIGITS.get(index++), KeyCombination.SHORTCUT_DOWN), () -> workstation.shell().show(id));
        }
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), workstation::recordBet);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), workstation::findBets);
        accelerators.put(new KeyCodeCombination(KeyCode.F5), () -> workstation.shell().refreshCurrent());
        accelerators.put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), Platform::exit);
    }
}
