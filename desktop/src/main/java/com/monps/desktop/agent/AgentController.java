package com.monps.desktop.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.monps.core.repo.AgentHealthRepository;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Screen;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.UiContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Asks the agent to run settlement or CLV through its HTTP API and shows its answers, its statistics and the last runs. */
public final class AgentController implements Screen {

    /** What the database says about the agent. */
    private record Recorded(List<AgentHealthRepository.Run> runs, Optional<Integer> credits) {
    }

    private final AgentView view;
    private final UiContext ui;
    private final AgentClient client;
    private final AgentHealthRepository health;

    public AgentController(AgentView view, UiContext ui, AgentClient client, AgentHealthRepository health) {
        this.view = view;
        this.ui = ui;
        this.client = client;
        this.health = health;
        view.runSettlement().setOnAction(e -> run(client::runSettlement));
        view.runClv().setOnAction(e -> run(client::runClv));
    }

    private void run(Callable<AgentClient.RunAnswer> call) {
        view.runSettlement().setDisable(true);
        view.runClv().setDisable(true);
        view.answer().setText("…");
        ui.runner().run(call, answer -> {
            enable();
            showAnswer(ui.i18n().format("agent.done", answer.job() + " · " + answer.status()
                    + (answer.items() == null ? "" : " · " + answer.items()) + (answer.summary() == null ? "" : " · " + answer.summary())), false);
            refresh();
        }, error -> {
            enable();
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
        view.address().setText(ui.i18n().get("agent.url") + "  " + client.baseUri());
        ui.runner().run(() -> new Recorded(health.latestRuns(30), health.creditsRemaining()), recorded -> {
            view.showRuns(recorded.runs());
            view.credits().setText(recorded.credits().map(String::valueOf).orElse(Formats.NONE));
            ui.status().reportSuccess();
        }, ui.status()::reportFailure);
        ui.runner().run(client::stats, stats -> view.stats().setText(summarise(stats)), error -> view.stats().setText(describe(error)));
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
        view.answer().setText(text);
        view.answer().getStyleClass().removeAll(Styles.ERROR_TEXT);
        if (failed) {
            view.answer().getStyleClass().add(Styles.ERROR_TEXT);
        }
    }

    private void enable() {
        view.runSettlement().setDisable(false);
        view.runClv().setDisable(false);
    }

    @Override
    public AgentView view() {
        return view;
    }
}
