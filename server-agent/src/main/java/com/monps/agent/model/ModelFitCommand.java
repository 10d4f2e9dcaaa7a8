package com.monps.agent.model;

import com.monps.agent.AgentContext;
import com.monps.agent.config.AgentConfig;
import com.monps.core.model.DixonColes;
import com.monps.core.model.GoalModel;
import com.monps.core.model.PlayedMatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code model fit}: fits the model and prints the ratings, home advantage, ρ and how the fit converged. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fits the time-weighted Dixon-Coles model (an error if it does not converge).")
public final class ModelFitCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    MatchSource source;

    @Mixin
    ModelOptions options;

    @Spec
    CommandSpec spec;

    private final Supplier<AgentContext> context;

    public ModelFitCommand() {
        this(() -> new AgentContext(AgentConfig.fromEnvironment()));
    }

    ModelFitCommand(Supplier<AgentContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        GoalModel model = DixonColes.fit(
                PlayedMatch.fromHistory(source.matches(context, spec.commandLine().getErr())), options.fitOptions());
        out.println(options.json ? ModelJson.write(ModelJson.fit(model)) : ModelText.fit(model));
        out.flush();
        return 0;
    }
}
