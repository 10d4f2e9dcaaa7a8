package com.monps.desktop.matchdetail;

import com.monps.core.domain.Outcome;
import com.monps.desktop.shared.MatchFocus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The match in focus (with the bet taken on it, if any), its price history once loaded, and the outcome drawn. */
public final class MatchDetailModel {

    /** What the page shows: the focus and its history (null when the match is unknown). */
    public record Shown(MatchFocus focus, PriceHistory history) {
    }

    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.HOME);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();

    void show(MatchFocus focus, PriceHistory history) {
        shown.set(new Shown(focus, history));
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
