package com.monps.desktop.agent;

import com.monps.core.repo.AgentHealthRepository.Run;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.View;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.time.Instant;

/** The agent page (AgentView.fxml) bound to its model; the two buttons go to the controller. */
public final class AgentView implements View {

    private final VBox root;
    @FXML private Label address;
    @FXML private Button runSettlement;
    @FXML private Button runClv;
    @FXML private Label answer;
    @FXML private Label stats;
    @FXML private Label credits;
    @FXML private TableView<Run> runs;
    @FXML private TableColumn<Run, String> job;
    @FXML private TableColumn<Run, Instant> started;
    @FXML private TableColumn<Run, Instant> finished;
    @FXML private TableColumn<Run, String> status;
    @FXML private TableColumn<Run, Integer> items;
    @FXML private TableColumn<Run, String> message;

    public AgentView(AgentModel model, AgentController controller, I18n i18n, Formats formats) {
        root = Fxml.load(this, i18n);
        address.textProperty().bind(model.addressProperty());
        answer.textProperty().bind(model.answerProperty());
        model.answerFailedProperty().addListener((obs, was, failed) -> {
            answer.getStyleClass().remove(Styles.ERROR_TEXT);
            if (failed) {
                answer.getStyleClass().add(Styles.ERROR_TEXT);
            }
        });
        stats.textProperty().bind(model.statsProperty());
        credits.textProperty().bind(model.creditsProperty());
        runSettlement.disableProperty().bind(model.runningProperty());
        runClv.disableProperty().bind(model.runningProperty());
        runSettlement.setOnAction(e -> controller.onRunSettlement());
        runClv.setOnAction(e -> controller.onRunClv());
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        runs.setItems(model.runs());
        Columns.showText(job, Run::job, s -> s, false);
        Columns.showText(started, Run::startedAt, formats::dateTime, false);
        Columns.showText(finished, Run::finishedAt, formats::dateTime, false);
        Columns.showText(status, Run::status, s -> s, false);
        Columns.showText(items, Run::items, String::valueOf, true);
        Columns.showText(message, Run::message, s -> s, false);
    }

    @Override
    public VBox root() {
        return root;
    }
}
