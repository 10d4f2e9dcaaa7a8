package com.monps.agent.history;

import com.monps.agent.AgentContext;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs {@code import} as the command line does, for tests outside this package (the fault suite). */
public final class ImportCommandAccess {

    private ImportCommandAccess() {
    }

    public static Run run(AgentContext context, Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ImportCommand(() -> context));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(file.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    public record Run(int exitCode, String output, String error) {
    }
}
