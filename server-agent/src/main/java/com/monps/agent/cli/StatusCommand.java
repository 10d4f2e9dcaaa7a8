package com.monps.agent.cli;

import com.monps.agent.AgentContext;
import com.monps.agent.AgentMain;
import com.monps.core.db.DatabaseEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "status", description = "Database engine, quota left, credits used this month and projection, next planned calls, "
        + "last run of each job, counts of matches, prices and pending bets. Calls no API.")
public final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    private AgentMain main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (AgentContext context = main.openContext()) {
            DatabaseEngine engine = context.database().engine();
            spec.commandLine().getOut().println(engine.describe());
            if (engine.refusesMigrations()) {
                return 1; // the schema cannot have been migrated on this server: nothing else to read
            }
            StatusReport report = new StatusReport(context.database().dsl(), context.apiRequests(),
                    context.collectionSchedule(), context.oddsApiSettings(), context.config().zone());
            report.lines(context.clock().instant()).forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }
}
