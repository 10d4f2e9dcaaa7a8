package com.monps.desktop.bets;

import com.monps.core.db.Channels;
import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.repo.BetListing;
import com.monps.core.repo.BetRepository;
import com.monps.desktop.betentry.BetDialogs;
import com.monps.desktop.betentry.BetForm;
import com.monps.desktop.fx.Dialogs;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.UiContext;
import com.monps.desktop.shared.MatchFocus;
import org.jooq.DSLContext;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Creates the bets model and view; loads the book, keeps it live through NOTIFY, and carries out the trader's actions
 * on it, asking through {@link Dialogs} and {@link BetDialogs}.
 */
public final class BetsController extends LiveScreen<List<BetRow>> {

    private final BetsModel model = new BetsModel();
    private final BetsView view;
    private final UiContext ui;
    private final BetListing listing;
    private final BetRepository bets;
    private final DSLContext dsl;
    private final BetDialogs betDialogs;
    private final Dialogs dialogs;
    private final Clock clock;
    private final Consumer<MatchFocus> openMatch;

    public BetsController(UiContext ui, DSLContext dsl, BetDialogs betDialogs, Dialogs dialogs, Clock clock,
                          Consumer<MatchFocus> openMatch) {
        super(ui, Channels.BETS);
        this.ui = ui;
        this.dsl = dsl;
        this.listing = new BetListing(dsl);
        this.bets = new BetRepository(dsl);
        this.betDialogs = betDialogs;
        this.dialogs = dialogs;
        this.clock = clock;
        this.openMatch = openMatch;
        this.view = new BetsView(model, this, ui.i18n(), ui.formats());
    }

    @Override
    public void refresh() {
        load(() -> BetRow.of(listing.newestFirst(), ui.formats().zone()), model::setRows);
    }

    public void recordBet() {
        betDialogs.record(BetForm.manual(null, null, "", "", "", ""));
    }

    void onEdit() {
        selected().ifPresent(betDialogs::correct);
    }

    void onSettle(BetStatus status) {
        selected().ifPresent(bet -> ui.runner().run(() -> bets.settle(bet.id(), ManualSettlement.of(bet, status, clock.instant())),
                changed -> refresh(), ui.status()::reportFailure));
    }

    void onDelete() {
        selected().filter(bet -> dialogs.confirm(ui.i18n().format("bets.deleteConfirm", bet.matchLabel(), ui.formats().money(bet.stake()))))
                .ifPresent(bet -> ui.runner().run(() -> bets.delete(bet.id()), deleted -> refresh(), ui.status()::reportFailure));
    }

    /** Writes the bets the filters let through. */
    void onExport() {
        dialogs.csvToSave("bets.csv").ifPresent(file -> {
            List<Bet> shown = model.rows().visible().stream().map(BetRow::bet).toList();
            ui.runner().run(() -> {
                BetCsv.write(shown, file);
                return shown.size();
            }, count -> dialogs.inform(ui.i18n().format("bets.exported", count, name(file))), this::fail);
        });
    }

    void onImport() {
        dialogs.csvToOpen().ifPresent(file -> ui.runner().run(() -> BetCsv.importInto(dsl, file), count -> {
            dialogs.inform(ui.i18n().format("bets.imported", count, name(file)));
            refresh();
        }, this::fail));
    }

    void onOpenMatch(BetRow row) {
        openMatch.accept(MatchFocus.of(row.bet()));
    }

    private void fail(Throwable error) {
        dialogs.fail(error.getMessage());
    }

    private Optional<Bet> selected() {
        return Optional.ofNullable(model.selectedProperty().get()).map(BetRow::bet);
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    @Override
    public BetsView view() {
        return view;
    }

    public BetsModel model() {
        return model;
    }
}
