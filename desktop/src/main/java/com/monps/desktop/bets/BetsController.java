package com.monps.desktop.bets;

import com.monps.core.db.Channels;
import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.repo.BetListing;
import com.monps.core.repo.BetRepository;
import com.monps.desktop.betentry.BetEntry;
import com.monps.desktop.betentry.BetForm;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.UiContext;
import com.monps.desktop.matchdetail.MatchFocus;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.FileChooser;
import org.jooq.DSLContext;

import java.io.File;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The bets page: loads the book, keeps it live through NOTIFY, and carries out the trader's actions on it. */
public final class BetsController extends LiveScreen<List<BetRow>> {

    private final BetsModel model;
    private final BetsView view;
    private final UiContext ui;
    private final BetListing listing;
    private final BetRepository bets;
    private final DSLContext dsl;
    private final BetEntry entry;
    private final Clock clock;

    public BetsController(BetsModel model, BetsView view, UiContext ui, DSLContext dsl, BetEntry entry, Clock clock,
                          Consumer<MatchFocus> openMatch) {
        super(ui, Channels.BETS);
        this.model = model;
        this.view = view;
        this.ui = ui;
        this.dsl = dsl;
        this.listing = new BetListing(dsl);
        this.bets = new BetRepository(dsl);
        this.entry = entry;
        this.clock = clock;
        wire(openMatch);
    }

    private void wire(Consumer<MatchFocus> openMatch) {
        view.record().setOnAction(e -> recordBet());
        view.edit().setOnAction(e -> selected().ifPresent(b -> entry.correct(window(), b)));
        view.settleWon().setOnAction(e -> settle(BetStatus.WON));
        view.settleLost().setOnAction(e -> settle(BetStatus.LOST));
        view.voidBet().setOnAction(e -> settle(BetStatus.VOID));
        view.delete().setOnAction(e -> deleteSelected());
        view.exportCsv().setOnAction(e -> exportCsv());
        view.importCsv().setOnAction(e -> importCsv());
        var pendingSelected = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected().map(b -> b.status() != BetStatus.PENDING).orElse(true),
                view.table().getSelectionModel().selectedItemProperty());
        view.edit().disableProperty().bind(pendingSelected);
        var noneSelected = view.table().getSelectionModel().selectedItemProperty().isNull();
        for (var button : List.of(view.settleWon(), view.settleLost(), view.voidBet(), view.delete())) {
            button.disableProperty().bind(noneSelected);
        }
        view.table().setRowFactory(table -> {
            TableRow<BetRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openMatch.accept(focus(row.getItem().bet()));
                }
            });
            return row;
        });
        view.table().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(b -> openMatch.accept(focus(b)));
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
    }

    @Override
    public void refresh() {
        load(() -> BetRow.of(listing.newestFirst(), ui.formats().zone()), rows -> {
            Long selectedId = selected().map(Bet::id).orElse(null);
            model.setRows(rows);
            reselect(selectedId);
        });
    }

    public void recordBet() {
        entry.record(window(), BetForm.manual(null, null, "", "", "", ""));
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focusSearch() {
        view.search().requestFocus();
    }

    private void settle(BetStatus status) {
        selected().ifPresent(bet -> ui.runner().run(() -> bets.settle(bet.id(), ManualSettlement.of(bet, status, clock.instant())),
                changed -> refresh(), ui.status()::reportFailure));
    }

    private void deleteSelected() {
        selected().ifPresent(bet -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, ui.i18n().format("bets.deleteConfirm", bet.matchLabel(),
                    ui.formats().money(bet.stake())), ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(window());
            confirm.setHeaderText(null);
            confirm.showAndWait().filter(ButtonType.OK::equals)
                    .ifPresent(ok -> ui.runner().run(() -> bets.delete(bet.id()), deleted -> refresh(), ui.status()::reportFailure));
        });
    }

    private void exportCsv() {
        File file = chooser().showSaveDialog(window());
        if (file != null) {
            List<Bet> shown = view.table().getItems().stream().map(BetRow::bet).toList();
            ui.runner().run(() -> {
                BetCsv.write(shown, file.toPath());
                return shown.size();
            }, count -> inform(ui.i18n().format("bets.exported", count, file.getName())), this::fail);
        }
    }

    private void importCsv() {
        File file = chooser().showOpenDialog(window());
        if (file != null) {
            ui.runner().run(() -> BetCsv.importInto(dsl, file.toPath()), count -> {
                inform(ui.i18n().format("bets.imported", count, file.getName()));
                refresh();
            }, this::fail);
        }
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("bets.csv");
        return chooser;
    }

    private void inform(String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(window());
        alert.setHeaderText(null);
        alert.show();
    }

    private void fail(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage(), ButtonType.OK);
        alert.initOwner(window());
        alert.setHeaderText(null);
        alert.show();
    }

    private void reselect(Long id) {
        if (id == null) {
            return;
        }
        view.table().getItems().stream().filter(r -> r.bet().id() == id).findFirst()
                .ifPresent(r -> view.table().getSelectionModel().select(r));
    }

    private Optional<Bet> selected() {
        return Optional.ofNullable(view.table().getSelectionModel().getSelectedItem()).map(BetRow::bet);
    }

    private static MatchFocus focus(Bet bet) {
        return new MatchFocus(bet.matchId(), bet.outcome(), bet.odds(), bet.bookmaker());
    }

    private javafx.stage.Window window() {
        return view.root().getScene() == null ? null : view.root().getScene().getWindow();
    }

    @Override
    public BetsView view() {
        return view;
    }

    public BetsModel model() {
        return model;
    }

    public BetEntry entry() {
        return entry;
    }
}
