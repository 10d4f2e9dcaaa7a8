package com.monps.desktop.agent;

import com.monps.core.api.ErrorCode;
import com.monps.core.api.JobRunAnswer;
import com.monps.core.api.SettlementStats;
import com.monps.core.api.SettlementStats.BetCounts;
import com.monps.core.repo.AgentHealthRepository;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Screen;
import com.monps.desktop.fx.UiContext;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

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

    private void run(Callable<JobRunAnswer> call) {
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
        if (!(error instanceof AgentException agent)) {
            return String.valueOf(error.getMessage());
        }
        I18n i18n = ui.i18n();
        return switch (agent.failure()) {
            case NO_TOKEN -> i18n.get("agent.noToken");
            case UNREACHABLE -> i18n.format("agent.unreachable", client.baseUri(), agent.getMessage());
            case RUN_FAILED -> i18n.format("agent.runFailed", agent.status(), agent.getMessage());
            case REFUSED -> agent.code() == ErrorCode.UNAUTHORIZED ? i18n.format("agent.badToken")
                    : i18n.format("agent.failed", agent.status(), agent.getMessage());
        };
    }

    private String summarise(SettlementStats stats) {
        I18n i18n = ui.i18n();
        BetCounts bets = stats.bets();
        StringBuilder text = new StringBuilder(i18n.format("agent.stats.bets", bets.pending(), bets.settledAuto(),
                bets.settledManual(), bets.withClv(), bets.startedWithoutClv()));
        String jobs = stats.jobs().stream()
                .map(j -> i18n.format("agent.stats.job", j.job(), j.lastStatus(), j.runs(), j.failures()))
                .collect(Collectors.joining("   "));
        if (!jobs.isEmpty()) {
            text.append('\n').append(jobs);
        }
        return text.append('\n').append(i18n.format("agent.stats.review", stats.matchesNeedingReview())).toString();
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
