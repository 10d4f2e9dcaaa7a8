package com.monps.agent.cli;

import com.monps.agent.jobs.JobName;
import picocli.CommandLine.Command;

@Command(name = "clv", description = "One CLV round now: closing odds and no-vig CLV of every started bet (no API credit).")
public final class ClvCommand extends JobCommand {

    @Override
    String jobName() {
        return JobName.CLV.code();
    }
}
