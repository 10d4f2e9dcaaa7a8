package com.monps.agent.history;

import com.monps.core.history.ImportProgress;

import java.io.PrintWriter;
import java.nio.file.Path;

/** A one-line progress bar redrawn in place, for terminals only (the caller checks {@code System.console()}). */
final class ConsoleProgress implements ImportProgress {

    private static final int WIDTH = 30;

    private final PrintWriter out;

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void advanced(Path file, int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        out.printf("\r%-24s [%s%s] %d/%d", file.getFileName(), "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
        if (done >= total) {
            out.println();
        }
        out.flush();
    }
}
