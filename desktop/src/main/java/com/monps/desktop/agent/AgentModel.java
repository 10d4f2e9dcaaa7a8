package com.monps.desktop.agent;

import com.monps.core.repo.AgentHealthRepository.Run;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The agent page: its address, whether a run is under way, its last answer, its statistics, credits and runs. */
public final class AgentModel {

    private final StringProperty address = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty answer = new SimpleStringProperty("");
    private final BooleanProperty answerFailed = new SimpleBooleanProperty();
    private final StringProperty stats = new SimpleStringProperty("");
    private final StringProperty credits = new SimpleStringProperty("");
    private final ObservableList<Run> runs = FXCollections.observableArrayList();

    public StringProperty addressProperty() { return address; }
    public BooleanProperty runningProperty() { return running; }
    public StringProperty answerProperty() { return answer; }
    public BooleanProperty answerFailedProperty() { return answerFailed; }
    public StringProperty statsProperty() { return stats; }
    public StringProperty creditsProperty() { return credits; }
    public ObservableList<Run> runs() { return runs; }
}
