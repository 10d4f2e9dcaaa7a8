package com.monps.agent;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar monps-agent.jar <command>}: exit 0 on success, non-zero with one clear line on failure. */
@Command(name = "monps-agent", mixinStandardHelpOptions = true, version = "monps-agent 0.1.0",
        description = "Mon_PS server-agent: odds collection, settlement, CLV, opportunity scan and control API.",
        subcommands = {
                com.monps.agent.history.ImportCommand.class,
                com.monps.agent.scan.ScanCommand.class,
                com.monps.agent.backtest.BacktestCommand.class,
        })
public final class AgentMain implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AgentMain());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
