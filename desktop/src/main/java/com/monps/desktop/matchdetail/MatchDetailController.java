package com.monps.desktop.matchdetail;

import com.monps.core.db.Channels;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.UiContext;
import org.jooq.DSLContext;

import java.util.Optional;

/** Shows the price history of the match in focus; new prices (NOTIFY on odds) redraw it. */
public final class MatchDetailController extends LiveScreen<Optional<PriceHistory>> {

    private final MatchDetailView view;
    private final UiContext ui;
    private final MatchRepository matches;
    private final OddsRepository odds;
    private MatchFocus focus;

    public MatchDetailController(MatchDetailView view, UiContext ui, DSLContext dsl) {
        super(ui, Channels.ODDS);
        this.view = view;
        this.ui = ui;
        this.matches = new MatchRepository(dsl);
        this.odds = new OddsRepository(dsl);
    }

    public void focus(MatchFocus newFocus) {
        this.focus = newFocus;
        view.setOutcome(newFocus.outcome());
        refresh();
    }

    @Override
    public void refresh() {
        if (focus == null) {
            return;
        }
        MatchFocus current = focus;
        load(() -> matches.find(current.matchId()).map(m -> PriceHistory.of(m, odds.history(m.id()))), history -> {
            view.show(current, history.orElse(null));
        });
    }

    @Override
    public MatchDetailView view() {
        return view;
    }
}
