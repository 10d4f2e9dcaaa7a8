package com.monps.desktop.agent;

import com.monps.core.repo.AgentHealthRepository.Run;
import com.monps.desktop.fx.Cards;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.View;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** Buttons that ask the agent to settle or compute CLV now, its answer, its statistics, the last runs and the credits. */
public final class AgentView implements View {

    private final VBox root = new VBox();
    private final Label address = new Label();
    private final Button runSettlement = new Button();
    private final Button runClv = new Button();
    private final Label answer = new Label();
    private final Label stats = new Label();
    private final Label credits = new Label();
    private final TableView<Run> runs = new TableView<>();

    public AgentView(I18n i18n, Formats formats) {
        root.getStyleClass().add("screen");
        Label title = new Label(i18n.get("nav.agent"));
        title.getStyleClass().add(Styles.TITLE);
        address.getStyleClass().add(Styles.MUTED);
        runSettlement.setId("agent-run-settlement");
        runSettlement.setText(i18n.get("agent.runSettlement"));
        runClv.setId("agent-run-clv");
        runClv.setText(i18n.get("agent.runClv"));
        answer.setId("agent-answer");
        answer.setWrapText(true);
        stats.setId("agent-stats");
        credits.setId("agent-credits");
        HBox actions = new HBox(8, runSettlement, runClv, answer);
        actions.getStyleClass().add(Styles.TOOLBAR);
        runs.setId("agent-runs");
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        runs.setPlaceholder(new Label(i18n.get("agent.runs.empty")));
        runs.getColumns().setAll(List.of(
                Columns.text(i18n.get("col.job"), "r-job", Run::job, s -> s, 90, false),
                Columns.text(i18n.get("col.started"), "r-started", Run::startedAt, formats::dateTime, 110, false),
                Columns.text(i18n.get("col.finished"), "r-finished", Run::finishedAt, formats::dateTime, 110, false),
                Columns.text(i18n.get("col.status"), "r-status", Run::status, s -> s, 75, false),
                Columns.text(i18n.get("col.items"), "r-items", Run::items, String::valueOf, 60, true),
                Columns.text(i18n.get("col.message"), "r-message", Run::message, s -> s, 300, false)));
        VBox.setVgrow(runs, Priority.ALWAYS);
        root.getChildren().addAll(new HBox(10, title, address), actions,
                Cards.titled(i18n.get("agent.stats"), stats), Cards.titled(i18n.get("agent.credits"), credits),
                Cards.titled(i18n.get("agent.lastRuns"), runs));
        VBox.setVgrow(root.getChildren().getLast(), Priority.ALWAYS);
    }

    void showRuns(List<Run> latest) {
        runs.setItems(FXCollections.observableArrayList(latest));
    }

    @Override
    public VBox root() { return root; }
    public Label address() { return address; }
    public Button runSettlement() { return runSettlement; }
    public Button runClv() { return runClv; }
    public Label answer() { return answer; }
    public Label stats() { return stats; }
    public Label credits() { return credits; }
}
