package com.monps.desktop.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.monps.core.repo.AgentHealthRepository;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Screen;
import com.monps.desktop.fx.UiContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Creates the agent model and view; asks the agent to run settlement or CLV through its HTTP API and shows its
 * answers, its statistics and the last runs.
 */
public final class AgentController implements Screen {

    /** What the database says about the agent. */
    private record Recorded(List<AgentHealthRepository.Run> runs, Optional<Integer> credits) {
    }

    private final AgentModel model = new AgentModel();
    private final AgentView view;
    private final UiContext ui;
    private final AgentClient client;
    private final AgentHealthRepository health;

    public AgentController(UiContext ui, AgentClient client, AgentHealthRepository health) {
        this.ui = ui;
        this.client = client;
        this.health = health;
        this.view = new AgentView(model, this, ui.i18n(), ui.formats());
    }

    void onRunSettlement() {
        run(client::runSettlement);
    }

    void onRunClv() {
        run(client::runClv);
    }

    private void run(Callable<AgentClient.RunAnswer> call) {
        model.runningProperty().set(true);
        model.answerProperty().set("…");
        ui.runner().run(call, answer -> {
            model.runningProperty().set(false);
            showAnswer(ui.i18n().format("agent.done", answer.job() + " · " + answer.status()
                    + (answer.items() == null ? "" : " · " + answer.items()) + (answer.summary() == null ? "" : " · " + answer.summary())), false);
            refresh();
        }, error -> {
            model.runningProperty().set(false);
            showAnswer(describe(error), true);
        });
    }

    @Override
    public void activate() {
        refresh();
    }

    @Override
    public void deactivate() {
        // nothing held: the page reloads when it comes back
    }

    @Override
    public void refresh() {
        model.addressProperty().set(ui.i18n().get("agent.url") + "  " + client.baseUri());
        ui.runner().run(() -> new Recorded(health.latestRuns(30), health.creditsRemaining()), recorded -> {
            model.runs().setAll(recorded.runs());
            model.creditsProperty().set(recorded.credits().map(String::valueOf).orElse(Formats.NONE));
            ui.status().reportSuccess();
        }, ui.status()::reportFailure);
        ui.runner().run(client::stats, stats -> model.statsProperty().set(summarise(stats)),
                error -> model.statsProperty().set(describe(error)));
    }

    private String describe(Throwable error) {
        if (error instanceof AgentException agent) {
            if (agent.status() == 401 && agent.getMessage().startsWith("no agent token")) {
                return ui.i18n().get("agent.noToken");
            }
            return agent.unreachable() ? ui.i18n().format("agent.unreachable", client.baseUri(), agent.getMessage())
                    : ui.i18n().format("agent.failed", agent.status(), agent.getMessage());
        }
        return String.valueOf(error.getMessage());
    }

    private static String summarise(JsonNode stats) {
        JsonNode bets = stats.path("bets");
        String counts = StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) bets::fields).spliterator(), false)
                .map(e -> e.getKey() + " " + e.getValue().asText()).collect(Collectors.joining("  ·  "));
        String jobs = StreamSupport.stream(stats.path("jobs").spliterator(), false)
                .map(j -> j.path("job").asText() + ": " + j.path("lastStatus").asText() + " (" + j.path("runs").asInt() + " runs, "
                        + j.path("failures").asInt() + " failed)")
                .collect(Collectors.joining("   "));
        return counts + (jobs.isEmpty() ? "" : "\n" + jobs) + "\nmatchesNeedingReview " + stats.path("matchesNeedingReview").asInt();
    }

    private void showAnswer(String text, boolean failed) {
        model.answerProperty().set(text);
        model.answerFailedProperty().set(failed);
    }

    @Override
    public AgentView view() {
        return view;
    }
}
