package com.monps.agent.scan;

import com.monps.agent.AgentContext;
import com.monps.agent.config.AgentConfig;
import com.monps.agent.jobs.JobResult;
import com.monps.core.agents.Bankroll;
import com.monps.core.agents.OpportunityScan;
import com.monps.core.agents.ScanSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code scan [--at INSTANT]}: one run of the scan job now, or as of a past moment (for imported history). */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Runs the opportunity agents over upcoming matches and writes the opportunities with their patron score.")
public final class ScanCommand implements Callable<Integer> {


    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Scan as of this moment (ISO-8601, e.g. 2019-08-07T12:00:00Z) instead of now.")
    Instant at;

    @Option(names = "--horizon", paramLabel = "DURATION", defaultValue = "P14D",
            description = "Matches kicking off within this time (ISO-8601 duration, default ${DEFAULT-VALUE}).")
    Duration horizon;

    @Option(names = "--bankroll", paramLabel = "AMOUNT",
            description = "Bankroll for the Kelly stakes; default MONPS_BANKROLL (1000) plus the bets' profit minus pending stakes.")
    BigDecimal bankroll;

    @Spec
    CommandSpec spec;

    private final Supplier<AgentContext> context;

    public ScanCommand() {
        this(() -> new AgentContext(AgentConfig.fromEnvironment()));
    }

    ScanCommand(Supplier<AgentContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try (AgentContext agent = context.get()) {
            var dsl = agent.database().dsl();
            ScanSettings defaults = ScanSettings.DEFAULTS;
            ScanSettings settings = new ScanSettings(horizon, defaults.anomaly(), defaults.kelly(), defaults.minimumSample(),
                    defaults.significance());
            OpportunityScan scan = new OpportunityScan(dsl, settings,
                    bankroll != null ? Bankroll.configured(bankroll) : Bankroll.fromBets(dsl, agent.config().startingBankroll()));
            Clock clock = at == null ? Clock.systemUTC() : Clock.fixed(at, ZoneOffset.UTC);
            JobResult result = agent.runner().run(new ScanJob(scan, agent.meters(), clock));
            spec.commandLine().getOut().println(result.summary());
            return 0;
        }
    }
}
