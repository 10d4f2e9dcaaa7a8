package com.monps.desktop.fx;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;

import java.util.Locale;

/** A card's small upper-case title; FXML gives the text as written ({@code <SectionTitle title="%key"/>}). */
public final class SectionTitle extends Label {

    private final StringProperty title = new SimpleStringProperty("");

    public SectionTitle() {
        getStyleClass().add(Styles.SECTION);
        textProperty().bind(title.map(t -> t.toUpperCase(Locale.ROOT)));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public String getTitle() {
        return title.get();
    }

    public void setTitle(String value) {
        title.set(value);
    }
}
