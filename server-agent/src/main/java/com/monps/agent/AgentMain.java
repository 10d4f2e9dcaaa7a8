package com.monps.agent;

import com.monps.agent.cli.ClvCommand;
import com.monps.agent.cli.CollectCommand;
import com.monps.agent.cli.MigrateCommand;
import com.monps.agent.cli.SettleCommand;
import com.monps.agent.cli.StatusCommand;
import com.monps.agent.config.AgentConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.function.Supplier;

/** {@code java -jar monps-agent.jar <command>}: exit 0 on success, non-zero with one clear line on failure. */
@Command(name = "monps-agent", mixinStandardHelpOptions = true, version = "monps-agent 0.1.0",
        description = "Mon_PS server-agent: odds collection, settlement, CLV, opportunity scan and control API.",
        subcommands = {
                MigrateCommand.class,
                CollectCommand.class,
                SettleCommand.class,
                ClvCommand.class,
                StatusCommand.class,
                com.monps.agent.history.ImportCommand.class,
                com.monps.agent.scan.ScanCommand.class,
                com.monps.agent.backtest.BacktestCommand.class,
                com.monps.agent.model.ModelCommand.class,
                com.monps.agent.cli.RunCommand.class,
        })
public final class AgentMain implements Runnable {

    private final Supplier<AgentConfig> config;

    public AgentMain() {
        this(AgentConfig::fromEnvironment);
    }

    AgentMain(Supplier<AgentConfig> config) {
        this.config = config;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return commandLine(AgentConfig::fromEnvironment);
    }

    /** The command line over a given configuration (tests pass their own). */
    public static CommandLine commandLine(Supplier<AgentConfig> config) {
        CommandLine cli = new CommandLine(new AgentMain(config));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(com.monps.agent.cli.FailureLine.of(e));
            return 1;
        });
        return cli;
    }

    /** A new composition root over the configuration; the caller closes it. */
    public AgentContext openContext() {
        return new AgentContext(config.get());
    }

    @Spec
    private CommandSpec spec;

    /** Without a command: the usage, on the command line's own output (which tests capture). */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
