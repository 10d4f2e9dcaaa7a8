package com.monps.core.history;

import java.nio.file.Path;

/** Told how far the import of a file has come: {@code done} of {@code total} matches written. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (file, done, total) -> { };

    void advanced(Path file, int done, int total);
}
