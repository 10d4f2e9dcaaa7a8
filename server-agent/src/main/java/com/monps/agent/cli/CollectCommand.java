package com.monps.agent.cli;

import com.monps.agent.jobs.JobName;
import picocli.CommandLine.Command;

@Command(name = "collect", description = "One collection round now: h2h odds of every configured sport into odds_h2h.")
public final class CollectCommand extends JobCommand {

    @Override
    String jobName() {
        return JobName.COLLECT.code();
    }
}
