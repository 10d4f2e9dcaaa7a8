package com.monps.desktop.bets;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.desktop.fx.TablePipeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/** State of the bets screen: the rows through the table pipeline, the filter fields, the choices they offer, the totals, the selected bet. */
public final class BetsModel {

    private final TablePipeline<BetRow> rows = new TablePipeline<>();
    private final ObjectProperty<BetStatus> status = new SimpleObjectProperty<>();
    /** The market's code ({@link Market#code()}), null for every market. */
    private final StringProperty market = new SimpleStringProperty();
    private final StringProperty sport = new SimpleStringProperty();
    private final StringProperty league = new SimpleStringProperty();
    private final StringProperty bookmaker = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<String> markets = FXCollections.observableArrayList();
    private final ObservableList<String> sports = FXCollections.observableArrayList();
    private final ObservableList<String> leagues = FXCollections.observableArrayList();
    private final ObservableList<String> bookmakers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BetTotals> totals = new ReadOnlyObjectWrapper<>(BetTotals.of(List.of()));
    private final ObjectProperty<BetRow> selected = new SimpleObjectProperty<>();
    private final BooleanBinding pendingSelected = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().bet().status() == BetStatus.PENDING, selected);

    public BetsModel() {
        ChangeListener<Object> refilter = (obs, old, now) -> applyFilter();
        status.addListener(refilter);
        from.addListener(refilter);
        to.addListener(refilter);
        for (StringProperty text : List.of(market, sport, league, bookmaker, search)) {
            text.addListener(refilter);
        }
    }

    /** Replaces the rows; the bet selected before stays selected if it is still there. */
    public void setRows(Collection<BetRow> newRows) {
        Long selectedId = selected.get() == null ? null : selected.get().bet().id();
        rows.setAll(newRows);
        selected.set(selectedId == null ? null
                : rows.visible().stream().filter(r -> r.bet().id() == selectedId).findFirst().orElse(null));
        markets.setAll(newRows.stream().map(r -> r.bet().market()).distinct().sorted().map(Market::code).toList());
        sports.setAll(distinct(newRows, r -> r.bet().sport()));
        leagues.setAll(distinct(newRows, BetRow::league));
        bookmakers.setAll(distinct(newRows, r -> r.bet().bookmaker()));
        refreshTotals();
    }

    public BetFilter filter() {
        return new BetFilter(status.get(), market.get() == null ? null : Market.fromCode(market.get()), sport.get(), league.get(), bookmaker.get(), from.get(), to.get(), search.get());
    }

    private void applyFilter() {
        rows.filter(filter().predicate());
        refreshTotals();
    }

    private void refreshTotals() {
        totals.set(BetTotals.of(rows.visible()));
    }

    private static List<String> distinct(Collection<BetRow> rows, Function<BetRow, String> key) {
        TreeSet<String> values = new TreeSet<>();
        rows.forEach(r -> {
            String value = key.apply(r);
            if (value != null) {
                values.add(value);
            }
        });
        return List.copyOf(values);
    }

    public TablePipeline<BetRow> rows() { return rows; }
    public ObjectProperty<BetStatus> statusProperty() { return status; }
    public StringProperty marketProperty() { return market; }
    public StringProperty sportProperty() { return sport; }
    public StringProperty leagueProperty() { return league; }
    public StringProperty bookmakerProperty() { return bookmaker; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public StringProperty searchProperty() { return search; }
    public ObservableList<String> markets() { return FXCollections.unmodifiableObservableList(markets); }
    public ObservableList<String> sports() { return FXCollections.unmodifiableObservableList(sports); }
    public ObservableList<String> leagues() { return FXCollections.unmodifiableObservableList(leagues); }
    public ObservableList<String> bookmakers() { return FXCollections.unmodifiableObservableList(bookmakers); }
    public List<String> bookmakerChoices() { return List.copyOf(bookmakers); }
    public ReadOnlyObjectProperty<BetTotals> totalsProperty() { return totals.getReadOnlyProperty(); }
    public ObjectProperty<BetRow> selectedProperty() { return selected; }
    public BooleanBinding pendingSelectedProperty() { return pendingSelected; }
}
