package com.monps.desktop.opportunities;

import com.monps.desktop.shared.ModelPrices;
import com.monps.core.db.Channels;
import com.monps.core.repo.OpportunityBoard;
import com.monps.desktop.betentry.BetDialogs;
import com.monps.desktop.betentry.BetForm;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.UiContext;
import javafx.collections.ObservableList;
import org.jooq.DSLContext;

import java.util.List;
import java.util.function.Supplier;

/** Creates the opportunities model and view; loads the best opportunities, keeps them live, and turns one into a prefilled bet. */
public final class OpportunitiesController extends LiveScreen<List<OpportunityRow>> {

    private final OpportunitiesModel model = new OpportunitiesModel();
    private final OpportunitiesView view;
    private final OpportunityBoard board;
    private final BetDialogs betDialogs;
    private final Supplier<StakingRules> rules;

    public OpportunitiesController(UiContext ui, DSLContext dsl, BetDialogs betDialogs, Supplier<StakingRules> rules) {
        super(ui, Channels.OPPORTUNITIES);
        this.view = new OpportunitiesView(model, this, ui.i18n(), ui.formats());
        this.board = new OpportunityBoard(dsl);
        this.betDialogs = betDialogs;
        this.rules = rules;
        model.rankingProperty().addListener((obs, old, now) -> refresh());
    }

    @Override
    public void refresh() {
        OpportunityBoard.Ranking ranking = model.rankingProperty().get();
        StakingRules staking = rules.get();
        load(() -> board.top(ranking, OpportunitiesModel.TOP, null).stream()
                .map(e -> new OpportunityRow(e, e.opportunity().fairProb() == null ? null
                        : staking.kellyStake(e.opportunity().odds(), e.opportunity().fairProb()),
                        ModelPrices.FROM_DETAILS.priceOf(e.opportunity()).orElse(null)))
                .toList(), model::setRows);
    }

    /** Opens the bet dialog at the opportunity's price and bookmaker with the Kelly stake. */
    public void betOn(OpportunityRow row) {
        betDialogs.record(BetForm.fromOpportunity(row.opportunity(), row.entry().match(), row.kellyStake()));
    }

    /** The rows the page shows, in order (bench/ times the page with it). */
    public ObservableList<OpportunityRow> shownRows() {
        return model.rows().visible();
    }

    @Override
    public OpportunitiesView view() {
        return view;
    }
}
