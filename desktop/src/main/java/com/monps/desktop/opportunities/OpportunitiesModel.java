package com.monps.desktop.opportunities;

import com.monps.core.domain.Market;
import com.monps.core.repo.OpportunityBoard;
import com.monps.desktop.fx.TablePipeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** The opportunities page: the ranking asked of the database, then market, sport, bookmaker, agent and minimum-edge filters in memory. */
public final class OpportunitiesModel {

    public static final int TOP = 50;

    private final TablePipeline<OpportunityRow> rows = new TablePipeline<>();
    private final ObjectProperty<OpportunityBoard.Ranking> ranking = new SimpleObjectProperty<>(OpportunityBoard.Ranking.EDGE);
    /** The market's code ({@link Market#code()}), null for every market. */
    private final StringProperty market = new SimpleStringProperty();
    private final StringProperty sport = new SimpleStringProperty();
    private final StringProperty bookmaker = new SimpleStringProperty();
    private final StringProperty agent = new SimpleStringProperty();
    private final ObjectProperty<BigDecimal> minEdgePct = new SimpleObjectProperty<>();
    private final StringProperty minEdgeText = new SimpleStringProperty("");
    private final ObservableList<String> markets = FXCollections.observableArrayList();
    private final ObservableList<String> sports = FXCollections.observableArrayList();
    private final ObservableList<String> bookmakers = FXCollections.observableArrayList();
    private final ObservableList<String> agents = FXCollections.observableArrayList();

    public OpportunitiesModel() {
        ChangeListener<Object> refilter = (obs, old, now) -> rows.filter(predicate());
        market.addListener(refilter);
        sport.addListener(refilter);
        bookmaker.addListener(refilter);
        agent.addListener(refilter);
        minEdgePct.addListener(refilter);
        minEdgeText.addListener((obs, old, text) -> minEdgePct.set(parse(text)));
    }

    /** The minimum edge as typed; text that is not a number filters nothing. */
    private static BigDecimal parse(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void setRows(Collection<OpportunityRow> newRows) {
        rows.setAll(newRows);
        markets.setAll(newRows.stream().map(r -> r.opportunity().market()).distinct().sorted().map(Market::code).toList());
        sports.setAll(distinct(newRows, r -> r.entry().match().sportKey()));
        bookmakers.setAll(distinct(newRows, r -> r.opportunity().bookmaker()));
        agents.setAll(distinct(newRows, r -> r.opportunity().agentName()));
        rows.filter(predicate());
    }

    private Predicate<OpportunityRow> predicate() {
        Market m = market.get() == null ? null : Market.fromCode(market.get());
        String s = sport.get();
        String b = bookmaker.get();
        String a = agent.get();
        BigDecimal min = minEdgePct.get();
        return row -> (m == null || m == row.opportunity().market())
                && (s == null || s.equals(row.entry().match().sportKey()))
                && (b == null || b.equals(row.opportunity().bookmaker()))
                && (a == null || a.equals(row.opportunity().agentName()))
                && (min == null || row.edgePct().compareTo(min) >= 0);
    }

    private static List<String> distinct(Collection<OpportunityRow> rows, Function<OpportunityRow, String> key) {
        return rows.stream().map(key).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public TablePipeline<OpportunityRow> rows() { return rows; }
    public ObjectProperty<OpportunityBoard.Ranking> rankingProperty() { return ranking; }
    public StringProperty marketProperty() { return market; }
    public StringProperty sportProperty() { return sport; }
    public StringProperty bookmakerProperty() { return bookmaker; }
    public StringProperty agentProperty() { return agent; }
    public ObjectProperty<BigDecimal> minEdgePctProperty() { return minEdgePct; }
    public StringProperty minEdgeTextProperty() { return minEdgeText; }
    public ObservableList<String> markets() { return FXCollections.unmodifiableObservableList(markets); }
    public ObservableList<String> sports() { return FXCollections.unmodifiableObservableList(sports); }
    public ObservableList<String> bookmakers() { return FXCollections.unmodifiableObservableList(bookmakers); }
    public ObservableList<String> agents() { return FXCollections.unmodifiableObservableList(agents); }
}
