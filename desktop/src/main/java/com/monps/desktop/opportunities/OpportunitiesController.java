package com.monps.desktop.opportunities;

import com.monps.core.db.Channels;
import com.monps.core.repo.OpportunityBoard;
import com.monps.desktop.betentry.BetEntry;
import com.monps.desktop.betentry.BetForm;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.UiContext;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.function.Supplier;

/** Loads the best opportunities, keeps them live, and turns one into a prefilled bet. */
public final class OpportunitiesController extends LiveScreen<List<OpportunityRow>> {

    private final OpportunitiesModel model;
    private final OpportunitiesView view;
    private final UiContext ui;
    private final OpportunityBoard board;
    private final BetEntry entry;
    private final Supplier<StakingRules> rules;

    public OpportunitiesController(OpportunitiesModel model, OpportunitiesView view, UiContext ui, DSLContext dsl, BetEntry entry,
                                   Supplier<StakingRules> rules) {
        super(ui, Channels.OPPORTUNITIES);
        this.model = model;
        this.view = view;
        this.ui = ui;
        this.board = new OpportunityBoard(dsl);
        this.entry = entry;
        this.rules = rules;
        model.rankingProperty().addListener((obs, old, now) -> refresh());
        view.table().setRowFactory(table -> {
            TableRow<OpportunityRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    betOn(row.getItem());
                }
            });
            return row;
        });
        view.table().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && view.table().getSelectionModel().getSelectedItem() != null) {
                betOn(view.table().getSelectionModel().getSelectedItem());
            }
        });
    }

    @Override
    public void refresh() {
        OpportunityBoard.Ranking ranking = model.rankingProperty().get();
        StakingRules staking = rules.get();
        load(() -> board.top(ranking, OpportunitiesModel.TOP, null).stream()
                .map(e -> new OpportunityRow(e, e.opportunity().fairProb() == null ? null
                        : staking.kellyStake(e.opportunity().odds(), e.opportunity().fairProb())))
                .toList(), model::setRows);
    }

    /** Opens the bet dialog at the opportunity's price and bookmaker with the Kelly stake. */
    public void betOn(OpportunityRow row) {
        BetForm form = BetForm.fromOpportunity(row.opportunity(), row.entry().match(), row.kellyStake());
        entry.record(view.root().getScene() == null ? null : view.root().getScene().getWindow(), form);
    }

    @Override
    public OpportunitiesView view() {
        return view;
    }
}
