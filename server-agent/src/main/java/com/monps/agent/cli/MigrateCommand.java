package com.monps.agent.cli;

import com.monps.agent.AgentContext;
import com.monps.agent.AgentMain;
import org.flywaydb.core.api.output.MigrateResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "migrate", description = "Applies the pending database migrations (a no-op when the schema is current), then the "
        + "compression and retention of odds_h2h and odds_lines (MONPS_COMPRESS_AFTER, MONPS_RETENTION_MONTHS) on TimescaleDB.")
public final class MigrateCommand implements Callable<Integer> {

    @ParentCommand
    private AgentMain main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (AgentContext context = main.openContext()) {
            MigrateResult result = context.database().migrate();
            spec.commandLine().getOut().println("migrate: " + result.migrationsExecuted + " migration(s) applied, schema at version "
                    + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
            spec.commandLine().getOut().println(context.config().storage().apply(context.database().dsl()));
            return 0;
        }
    }
}
