package com.monps.desktop.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A password or token kept in a file that only its user may read: mode 600 where the file system has POSIX modes, an ACL
 * naming only the user on Windows, and a warning in the log where it has neither ({@link OwnerOnlyAccess}).
 */
public final class SecretFile {

    private SecretFile() {
    }

    public static Optional<String> read(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }

    /** The file is protected before the secret is written into it. */
    public static void write(Path file, String secret) throws IOException {
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        OwnerOnlyAccess access = OwnerOnlyAccess.of(folder);
        if (Files.exists(file)) {
            access.restrict(file);
        } else {
            access.create(file);
        }
        Files.writeString(file, secret, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }
}
