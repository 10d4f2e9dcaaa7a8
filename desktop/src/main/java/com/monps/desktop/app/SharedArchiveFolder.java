package com.monps.desktop.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The installed and portable launchers ask the JVM to write the application's CDS archive at exit
 * ({@code -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=<data folder>/desktop-...jsa}, see jlink/build-desktop.sh and
 * desktop/src/portable/). The JVM does not create the archive's folder: when the data folder lives elsewhere
 * ({@code --data-dir}, {@code XDG_DATA_HOME}) that folder may not exist, and every run then ends with "Unable to use
 * shared archive", exit status 1 and no archive. Creating it first avoids both.
 * The archive's name carries the version (the JVM refuses an archive of other jars), and {@code portable} for the
 * portable archives: the archives of other versions and launchers (60-80 MB each, left by upgrades) are deleted. Two
 * used in turn would delete each other's archive and start without one, slower but correct.
 */
final class SharedArchiveFolder {

    private static final Logger LOG = LoggerFactory.getLogger(SharedArchiveFolder.class);
    private static final String OPTION = "-XX:SharedArchiveFile=";
    private static final String ARCHIVES = "desktop-*.jsa";

    private SharedArchiveFolder() {
    }

    static void ensureExists() {
        ensureExists(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static void ensureExists(List<String> jvmArguments) {
        archive(jvmArguments).ifPresent(archive -> {
            Path folder = archive.getParent();
            try {
                Files.createDirectories(folder);
                deleteOtherVersions(archive);
            } catch (IOException e) {
                LOG.warn("cannot prepare {} for the start-up archive ({}): this start may be slow and the JVM may complain at exit",
                        folder, e.toString());
            }
        });
    }

    /** The last {@code -XX:SharedArchiveFile} given to the JVM (the one it uses). */
    static Optional<Path> archive(List<String> jvmArguments) {
        return jvmArguments.stream()
                .filter(argument -> argument.startsWith(OPTION))
                .reduce((first, last) -> last)
                .map(argument -> Path.of(argument.substring(OPTION.length())).toAbsolutePath());
    }

    private static void deleteOtherVersions(Path archive) throws IOException {
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(archive.getParent(), ARCHIVES)) {
            for (Path other : archives) {
                if (!other.getFileName().equals(archive.getFileName())) {
                    Files.deleteIfExists(other);
                    LOG.info("deleted {}, the start-up archive of another version or launcher", other);
                }
            }
        }
    }
}
