package com.monps.desktop.matchdetail;

import com.monps.core.db.Channels;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.UiContext;
import com.monps.desktop.shared.MatchFocus;
import org.jooq.DSLContext;

import java.util.Optional;

/** Creates the match detail model and view; loads the price history of the match in focus, again at each new price (NOTIFY on odds). */
public final class MatchDetailController extends LiveScreen<Optional<PriceHistory>> {

    private final MatchDetailModel model = new MatchDetailModel();
    private final MatchDetailView view;
    private final UiContext ui;
    private final MatchRepository matches;
    private final OddsRepository odds;
    private MatchFocus focus;

    public MatchDetailController(UiContext ui, DSLContext dsl) {
        super(ui, Channels.ODDS);
        this.view = new MatchDetailView(model, ui.i18n(), ui.formats());
        this.ui = ui;
        this.matches = new MatchRepository(dsl);
        this.odds = new OddsRepository(dsl);
    }

    public void focus(MatchFocus newFocus) {
        this.focus = newFocus;
        model.outcomeProperty().set(newFocus.outcome() == null ? Outcome.HOME : newFocus.outcome());
        refresh();
    }

    @Override
    public void refresh() {
        if (focus == null) {
            return;
        }
        MatchFocus current = focus;
        load(() -> matches.find(current.matchId()).map(m -> PriceHistory.of(m, odds.history(m.id()))),
                history -> model.show(current, history.orElse(null)));
    }

    @Override
    public MatchDetailView view() {
        return view;
    }
}
