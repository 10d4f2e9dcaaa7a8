package com.monps.desktop.app;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataFolderTest {

    private final FileSystem windows = Jimfs.newFileSystem(Configuration.windows());
    private final FileSystem mac = Jimfs.newFileSystem(Configuration.osX());
    private final FileSystem linux = Jimfs.newFileSystem(Configuration.unix());

    @AfterEach
    void close() throws IOException {
        windows.close();
        mac.close();
        linux.close();
    }

    @Test
    void onWindowsItIsMonPsInTheRoamingApplicationData() {
        Path home = windows.getPath("C:\\Users\\trader");

        assertThat(DataFolder.of("Windows 11", Map.of("APPDATA", "D:\\Profiles\\trader\\AppData\\Roaming"), home))
                .hasToString("D:\\Profiles\\trader\\AppData\\Roaming\\Mon_PS");
        assertThat(DataFolder.of("Windows 10", Map.of(), home)).hasToString("C:\\Users\\trader\\AppData\\Roaming\\Mon_PS");
    }

    @Test
    void onMacOsItIsMonPsInApplicationSupport() {
        assertThat(DataFolder.of("Mac OS X", Map.of("XDG_DATA_HOME", "/Users/trader/xdg"), mac.getPath("/Users/trader")))
                .hasToString("/Users/trader/Library/Application Support/Mon_PS");
    }

    @Test
    void onLinuxItFollowsXdgDataHomeWhenItIsAnAbsolutePath() {
        Path home = linux.getPath("/home/trader");

        assertThat(DataFolder.of("Linux", Map.of(), home)).hasToString("/home/trader/.local/share/monps");
        assertThat(DataFolder.of("Linux", Map.of("XDG_DATA_HOME", "/data/trader"), home)).hasToString("/data/trader/monps");
        assertThat(DataFolder.of("Linux", Map.of("XDG_DATA_HOME", "relative/share"), home)).hasToString("/home/trader/.local/share/monps");
        assertThat(DataFolder.of("Linux", Map.of("XDG_DATA_HOME", " "), home)).hasToString("/home/trader/.local/share/monps");
    }

    @Test
    void monpsHomeWinsOnEveryPlatform() {
        assertThat(DataFolder.of("Windows 11", Map.of("MONPS_HOME", "E:\\monps", "APPDATA", "C:\\x"), windows.getPath("C:\\Users\\t")))
                .hasToString("E:\\monps");
        assertThat(DataFolder.of("Mac OS X", Map.of("MONPS_HOME", "/Volumes/usb/monps"), mac.getPath("/Users/t")))
                .hasToString("/Volumes/usb/monps");
        assertThat(DataFolder.of("Linux", Map.of("MONPS_HOME", "/srv/monps", "XDG_DATA_HOME", "/x"), linux.getPath("/home/t")))
                .hasToString("/srv/monps");
    }
}
