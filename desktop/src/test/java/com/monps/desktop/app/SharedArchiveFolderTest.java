package com.monps.desktop.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void theJvmUsesTheLastArchiveOptionAndNoOptionMeansNothingToDo() {
        assertThat(SharedArchiveFolder.archiveFolder(List.of("-XX:SharedArchiveFile=/a/one.jsa", "-XX:SharedArchiveFile=/b/two.jsa")))
                .contains(Path.of("/b"));
        assertThat(SharedArchiveFolder.archiveFolder(List.of("-Xshare:auto", "-Dprism.order=sw"))).isEmpty();
    }
}
