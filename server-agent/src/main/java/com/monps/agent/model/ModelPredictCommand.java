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
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code model predict}: fits the model, then prices each fixture from its score grid. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Fits the model and prints λs, 1X2, over 2.5 and both-teams-to-score for each fixture.")
public final class ModelPredictCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    MatchSource source;

    @Mixin
    ModelOptions options;

    @Option(names = "--fixture", paramLabel = "HOME:AWAY", required = true,
            description = "A fixture as \"Home Team:Away Team\", named as in the matches (repeatable).")
    List<String> fixtures;

    @Spec
    CommandSpec spec;

    private final Supplier<AgentContext> context;

    public ModelPredictCommand() {
        this(() -> new AgentContext(AgentConfig.fromEnvironment()));
    }

    ModelPredictCommand(Supplier<AgentContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<String[]> teams = fixtures.stream().map(this::teams).toList();
        GoalModel model = DixonColes.fit(
                PlayedMatch.fromHistory(source.matches(context, spec.commandLine().getErr())), options.fitOptions());
        List<Map<String, Object>> predictions = new ArrayList<>();
        for (String[] fixture : teams) {
            predictions.add(ModelJson.prediction(fixture[0], fixture[1], model.predict(fixture[0], fixture[1])));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(options.json ? ModelJson.write(predictions) : ModelText.predictions(predictions));
        out.flush();
        return 0;
    }

    private String[] teams(String fixture) {
        int colon = fixture.indexOf(':');
        if (colon <= 0 || colon == fixture.length() - 1 || fixture.indexOf(':', colon + 1) >= 0) {
            throw new ParameterException(spec.commandLine(),
                    "--fixture must be \"Home Team:Away Team\" with one colon, got '" + fixture + "'");
        }
        return new String[] {fixture.substring(0, colon).strip(), fixture.substring(colon + 1).strip()};
    }
}
