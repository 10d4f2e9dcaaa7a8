package com.monps.desktop.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path folder;

    @Test
    void aBadValueFallsBackToItsDefaultAndTheOtherKeysAreKept() throws Exception {
        Path file = Files.write(folder.resolve("settings.properties"), List.of(
                "bankroll=2500.00", "kelly.fraction=1.5", "max.share=lots", "language=fr", "window.width=1200"));

        DesktopSettings loaded = new SettingsStore(file).load();

        assertThat(loaded.bankroll()).isEqualByComparingTo(new BigDecimal("2500.00"));
        assertThat(loaded.kellyFraction()).isEqualTo(DesktopSettings.defaults().kellyFraction());
        assertThat(loaded.maxShare()).isEqualTo(DesktopSettings.defaults().maxShare());
        assertThat(loaded.language()).isEqualTo("fr");
        assertThat(loaded.windowWidth()).isEqualTo(1200);
    }

    @Test
    void savingReplacesTheFileWholeAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = folder.resolve("settings.properties");
        SettingsStore store = new SettingsStore(file);
        store.save(DesktopSettings.defaults());
        DesktopSettings wider = DesktopSettings.defaults().withWindow(1600, 1000, "bets");

        store.save(wider);

        assertThat(store.load()).isEqualTo(wider);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("settings.properties");
        }
    }
}
