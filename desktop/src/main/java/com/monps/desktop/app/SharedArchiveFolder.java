package com.monps.desktop.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The installed launchers ask the JVM to write the application's CDS archive at exit ({@code -XX:+AutoCreateSharedArchive
 * -XX:SharedArchiveFile=$HOME/.local/share/monps/...}, see jlink/build-desktop.sh). The JVM does not create the archive's
 * folder: when the data folder lives elsewhere ({@code --data-dir}, {@code XDG_DATA_HOME}) that folder may not exist, and
 * every run then ends with "Unable to use shared archive", exit status 1 and no archive. Creating it first avoids both.
 */
final class SharedArchiveFolder {

    private static final Logger LOG = LoggerFactory.getLogger(SharedArchiveFolder.class);
    private static final String OPTION = "-XX:SharedArchiveFile=";

    private SharedArchiveFolder() {
    }

    static void ensureExists() {
        ensureExists(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static void ensureExists(List<String> jvmArguments) {
        archiveFolder(jvmArguments).ifPresent(folder -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                LOG.warn("cannot create {} for the start-up archive ({}): this start will be slow and the JVM will complain at exit",
                        folder, e.toString());
            }
        });
    }

    /** The folder of the last {@code -XX:SharedArchiveFile} given to the JVM (the one it uses). */
    static Optional<Path> archiveFolder(List<String> jvmArguments) {
        return jvmArguments.stream()
                .filter(argument -> argument.startsWith(OPTION))
                .reduce((first, last) -> last)
                .map(argument -> Path.of(argument.substring(OPTION.length())).toAbsolutePath().getParent());
    }
}
