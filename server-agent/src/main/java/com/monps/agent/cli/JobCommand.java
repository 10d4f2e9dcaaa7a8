package com.monps.agent.cli;

import com.monps.agent.AgentContext;
import com.monps.agent.AgentMain;
import com.monps.agent.jobs.JobResult;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** Runs one job now through the JobRunner (job_runs row, metrics, job log) and prints its one-line summary. */
abstract class JobCommand implements Callable<Integer> {

    @ParentCommand
    private AgentMain main;

    @Spec
    private CommandSpec spec;

    abstract String jobName();

    @Override
    public Integer call() throws Exception {
        try (AgentContext context = main.openContext()) {
            JobResult result = context.runner().run(context.job(jobName()));
            spec.commandLine().getOut().println(jobName() + ": " + result.summary());
            return 0;
        }
    }
}
