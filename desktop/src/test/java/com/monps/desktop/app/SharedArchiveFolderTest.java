package com.monps.desktop.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SharedArchiveFolderTest {

    @TempDir
    Path home;

    @Test
    void createsTheMissingFolderOfTheArchiveTheLauncherNames() {
        Path archive = home.resolve(".local/share/monps/desktop-0.1.0.jsa");

        SharedArchiveFolder.ensureExists(List.of("-Xmx512m", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive));

        assertThat(archive.getParent()).isDirectory();
        assertThat(archive).doesNotExist();
    }

    @Test
    void theArchivesOfOtherVersionsAreDeletedAndNothingElse() throws IOException {
        Path folder = Files.createDirectories(home.resolve(".local/share/monps"));
        Path current = Files.writeString(folder.resolve("desktop-0.2.0.jsa"), "current");
        Path previous = Files.writeString(folder.resolve("desktop-0.1.0.jsa"), "previous");
        Path settings = Files.writeString(folder.resolve("settings.properties"), "language=fr");

        SharedArchiveFolder.ensureExists(List.of("-XX:SharedArchiveFile=" + current));

        assertThat(current).exists();
        assertThat(settings).exists();
        assertThat(previous).doesNotExist();
    }

    @Test
    void theJvmUsesTheLastArchiveOptionAndNoOptionMeansNothingToDo() {
        assertThat(SharedArchiveFolder.archive(List.of("-XX:SharedArchiveFile=/a/one.jsa", "-XX:SharedArchiveFile=/b/two.jsa")))
                .contains(Path.of("/b/two.jsa"));
        assertThat(SharedArchiveFolder.archive(List.of("-Xshare:auto", "-Dprism.order=sw"))).isEmpty();
    }
}
