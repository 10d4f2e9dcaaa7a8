package com.monps.agent.history;

import com.monps.agent.AgentContext;
import com.monps.agent.config.AgentConfig;
import com.monps.core.history.FootballDataImporter;
import com.monps.core.history.ImportProgress;
import com.monps.core.history.ImportSummary;
import com.monps.core.history.RowProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code import FILE...}: loads football-data.co.uk files; exit 1 when a file could not be read at all. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads football-data.co.uk CSV files (matches, scores, opening and closing prices of Bet365, Bet&Win,",
                "Interwetten, Pinnacle, William Hill and BetVictor). Importing a file again changes nothing.",
                "Bad rows are listed with their line number and skipped."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "football-data.co.uk CSV files")
    List<Path> files;

    @Spec
    CommandSpec spec;

    private final Supplier<AgentContext> context;

    public ImportCommand() {
        this(() -> new AgentContext(AgentConfig.fromEnvironment()));
    }

    ImportCommand(Supplier<AgentContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportProgress progress = System.console() != null ? new ConsoleProgress(spec.commandLine().getErr()) : ImportProgress.NONE;
        ImportSummary summary;
        try (AgentContext agent = context.get()) {
            summary = new FootballDataImporter(agent.database()).importFiles(files, progress);
        }
        for (RowProblem problem : summary.problems()) {
            out.println("skipped " + problem);
        }
        for (String failure : summary.failedFiles()) {
            out.println("failed " + failure);
        }
        out.println(summary.describe());
        return summary.failedFiles().isEmpty() ? 0 : 1;
    }
}
