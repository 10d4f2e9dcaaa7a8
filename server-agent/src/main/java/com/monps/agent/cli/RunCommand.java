package com.monps.agent.cli;

import com.monps.agent.AgentContext;
import com.monps.agent.config.AgentConfig;
import com.monps.agent.scheduler.SchedulerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * {@code run}: the daemon. Migrates the schema, serves the control API and runs the scheduled jobs until the process
 * is asked to stop (SIGTERM, Ctrl-C); then stops the API, lets the running job finish, and closes the pool.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the agent: scheduled collect/settle/clv/scan and the control API, until SIGTERM or Ctrl-C.")
public final class RunCommand implements Callable<Integer> {


    private final Supplier<AgentConfig> configuration;

    @Spec
    private CommandSpec spec;

    public RunCommand() {
        this(AgentConfig::fromEnvironment);
    }

    RunCommand(Supplier<AgentConfig> configuration) {
        this.configuration = configuration;
    }

    @Override
    public Integer call() throws InterruptedException {
        AgentContext context = new AgentContext(configuration.get());
        AgentDaemon daemon;
        try {
            daemon = AgentDaemon.start(context, SchedulerSettings.defaults());
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        spec.commandLine().getOut().println("run: " + daemon.description());
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        // the logger is taken here, not in a static field: picocli instantiates every command to parse any of them, and a
        // static logger would configure logging (logback.xml, ~600 classes) for a mere `backtest` or `--help`
        Logger log = LoggerFactory.getLogger(RunCommand.class);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("monps-agent-shutdown").unstarted(() -> {
            log.info("monps-agent stopping");
            daemon.close();
            context.close();
            log.info("monps-agent stopped");
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
