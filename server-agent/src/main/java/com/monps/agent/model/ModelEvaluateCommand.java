package com.monps.agent.model;

import com.monps.agent.AgentContext;
import com.monps.agent.config.AgentConfig;
import com.monps.core.model.Scorecard;
import com.monps.core.model.WalkForward;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code model evaluate}: the walk-forward scorecard of the model against Pinnacle's lines. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Walk-forward over the seasons (refit before each match day): RPS, log loss and Brier of the model, "
                + "Pinnacle's opening and close and blends; calibration; ROI and CLV of the model's value at Bet365; "
                + "which de-vig method of Pinnacle's close forecasts best.")
public final class ModelEvaluateCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    MatchSource source;

    @Option(names = "--xi", defaultValue = "0.0018", description = "Time decay per day (default ${DEFAULT-VALUE}).")
    double xi;

    @Option(names = "--train-weeks", defaultValue = "8",
            description = "Weeks from each season's first match day that only train (default ${DEFAULT-VALUE}).")
    int trainWeeks;

    @Option(names = "--edge", defaultValue = "0.05",
            description = "Model EV above which a value bet is placed at Bet365's price (default ${DEFAULT-VALUE}).")
    double edge;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final Supplier<AgentContext> context;

    public ModelEvaluateCommand() {
        this(() -> new AgentContext(AgentConfig.fromEnvironment()));
    }

    ModelEvaluateCommand(Supplier<AgentContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        WalkForward.Options options = new WalkForward.Options(xi, trainWeeks, edge, WalkForward.Options.DEFAULT.blendWeights());
        Scorecard scorecard = WalkForward.evaluate(source.seasons(context, spec.commandLine().getErr()), options);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? ModelJson.write(ScorecardJson.of(scorecard, options)) : ScorecardText.of(scorecard));
        out.flush();
        return 0;
    }
}
