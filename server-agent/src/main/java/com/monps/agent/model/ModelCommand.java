package com.monps.agent.model;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code model fit | predict | evaluate}: the Dixon-Coles goal model from history files or the database. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "The time-weighted Dixon-Coles goal model: fit it, price fixtures, score it walk-forward.",
        subcommands = {ModelFitCommand.class, ModelPredictCommand.class, ModelEvaluateCommand.class})
public final class ModelCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
