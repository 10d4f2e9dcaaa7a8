package com.monps.agent.cli;

import com.monps.agent.jobs.JobName;
import picocli.CommandLine.Command;

@Command(name = "settle", description = "One settlement round now: scores of finished matches, pending bets settled.")
public final class SettleCommand extends JobCommand {

    @Override
    String jobName() {
        return JobName.SETTLE.code();
    }
}
