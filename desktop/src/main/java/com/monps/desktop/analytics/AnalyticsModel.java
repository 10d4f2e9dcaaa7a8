package com.monps.desktop.analytics;

import com.monps.core.repo.AnalyticsRepository.Dimension;
import com.monps.core.repo.AnalyticsRepository;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/** The analytics page: the chosen period and grouping, what was loaded for them, and whether the goal model tab is shown. */
public final class AnalyticsModel {

    /** One load of the page. */
    public record Figures(List<AnalyticsRepository.Day> days, List<AnalyticsRepository.Group> groups,
                          List<AnalyticsRepository.ProbabilityBucket> calibration) {
    }

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.ALL);
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.LEAGUE);
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty modelShown = new SimpleBooleanProperty(false);

    void set(Figures value) {
        figures.set(value);
    }

    public ObjectProperty<Period> periodProperty() { return period; }
    public ObjectProperty<Dimension> dimensionProperty() { return dimension; }
    public ReadOnlyObjectProperty<Figures> figuresProperty() { return figures.getReadOnlyProperty(); }
    /** True while the goal model tab is the one on screen (its scorecard is computed only then). */
    public BooleanProperty modelShownProperty() { return modelShown; }
}
