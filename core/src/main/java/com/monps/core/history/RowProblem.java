package com.monps.core.history;

import java.nio.file.Path;

/** A row of a history file that was skipped, with its 1-based line number and the reason. */
public record RowProblem(Path file, int line, String reason) {

    @Override
    public String toString() {
        return (file == null ? "" : file.getFileName() + ":") + line + ": " + reason;
    }
}
