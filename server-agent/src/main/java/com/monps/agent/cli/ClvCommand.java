package com.monps.agent.cli;

import picocli.CommandLine.Command;

@Command(name = "clv", description = "One CLV round now: closing odds and no-vig CLV of every started bet (no API credit).")
public final class ClvCommand extends JobCommand {

    @Override
    String jobName() {
        return "clv";
    }
}
