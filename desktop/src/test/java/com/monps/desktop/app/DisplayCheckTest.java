package com.monps.desktop.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayCheckTest {

    private static final Set<Path> DEBIAN_GTK = Set.of(Path.of("/usr/lib/x86_64-linux-gnu", DisplayCheck.GTK));

    @Test
    void withoutGtkItSaysWhichPackageToInstall() {
        var check = new DisplayCheck("Linux", Map.of("DISPLAY", ":0"), null, path -> false);

        assertThat(check.problem()).hasValueSatisfying(line -> assertThat(line)
                .contains("libgtk-3.so.0 is not installed").contains("sudo apt install libgtk-3-0").doesNotContain("\n"));
    }

    @Test
    void withGtkButNoDisplayItPointsToDisplayAndXvfbRun() {
        var check = new DisplayCheck("Linux", Map.of(), null, DEBIAN_GTK::contains);

        assertThat(check.problem()).hasValueSatisfying(line -> assertThat(line)
                .contains("no display").contains("set DISPLAY").contains("xvfb-run -a"));
    }

    @Test
    void gtkAndADisplayOrWaylandAreEnough() {
        assertThat(new DisplayCheck("Linux", Map.of("DISPLAY", ":99"), null, DEBIAN_GTK::contains).problem()).isEmpty();
        assertThat(new DisplayCheck("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null, DEBIAN_GTK::contains).problem()).isEmpty();
    }

    @Test
    void gtkIsAlsoFoundOnTheLibraryPath() {
        var check = new DisplayCheck("Linux", Map.of("DISPLAY", ":0", "LD_LIBRARY_PATH", "/opt/gtk/lib"), null,
                Set.of(Path.of("/opt/gtk/lib", DisplayCheck.GTK))::contains);

        assertThat(check.problem()).isEmpty();
    }

    @Test
    void windowsMacAndHeadlessMonocleNeedNeither() {
        assertThat(new DisplayCheck("Windows 11", Map.of(), null, path -> false).problem()).isEmpty();
        assertThat(new DisplayCheck("Mac OS X", Map.of(), null, path -> false).problem()).isEmpty();
        assertThat(new DisplayCheck("Linux", Map.of(), "Monocle", path -> false).problem()).isEmpty();
    }
}
