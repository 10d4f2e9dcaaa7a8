package com.monps.desktop.matchdetail;

import com.monps.core.agents.MarketReader;
import com.monps.core.db.Channels;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.LineOddsRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.desktop.fx.LiveScreen;
import com.monps.desktop.fx.UiContext;
import com.monps.desktop.shared.MatchFocus;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Creates the match detail model and view; loads the price history of the match in focus (1X2 and line markets) and the
 * goal model's forecast at its kick-off, again at each new price (NOTIFY on odds); keeps the line and side choices
 * within what the chosen market quotes.
 */
public final class MatchDetailController extends LiveScreen<Optional<MatchDetailController.Loaded>> {

    /** One load: the prices and the model's forecast. */
    record Loaded(PriceHistory history, ModelForecast forecast) {
    }

    private final MatchDetailModel model = new MatchDetailModel();
    private final MatchDetailView view;
    private final MatchRepository matches;
    private final OddsRepository odds;
    private final LineOddsRepository lines;
    private final MarketReader reader;
    private MatchFocus focus;
    private boolean focusApplied;

    public MatchDetailController(UiContext ui, DSLContext dsl) {
        super(ui, Channels.ODDS);
        this.view = new MatchDetailView(model, ui.i18n(), ui.formats());
        this.matches = new MatchRepository(dsl);
        this.odds = new OddsRepository(dsl);
        this.lines = new LineOddsRepository(dsl);
        this.reader = new MarketReader(dsl);
        model.marketProperty().addListener((obs, old, market) -> choose(market, null, null));
    }

    public void focus(MatchFocus newFocus) {
        this.focus = newFocus;
        this.focusApplied = false;
        refresh();
    }

    @Override
    public void refresh() {
        if (focus == null) {
            return;
        }
        MatchFocus current = focus;
        load(() -> matches.find(current.matchId()).map(m -> new Loaded(
                        PriceHistory.of(m, odds.history(m.id()), lines.history(m.id())), ModelForecast.of(reader, m))),
                loaded -> shown(current, loaded));
    }

    private void shown(MatchFocus shownFocus, Optional<Loaded> loaded) {
        model.show(shownFocus, loaded.map(Loaded::history).orElse(null), loaded.map(Loaded::forecast).orElse(null));
        if (!focusApplied) {
            focusApplied = true;
            BigDecimal storedPoint = shownFocus.point() == null || shownFocus.market() != Market.SPREADS
                    || shownFocus.outcome() != Outcome.AWAY ? shownFocus.point() : shownFocus.point().negate();
            model.marketProperty().set(shownFocus.market());
            choose(shownFocus.market(), storedPoint, shownFocus.outcome());
        } else {
            choose(model.marketProperty().get(), model.pointProperty().get(), model.outcomeProperty().get());
        }
    }

    /**
     * Offers the lines the market quotes and its sides, keeping the wanted line and side when the market has them;
     * otherwise the closing main line (Pinnacle's first) and the market's first side.
     */
    private void choose(Market market, BigDecimal wantedPoint, Outcome wantedSide) {
        MatchDetailModel.Shown shown = model.shownProperty().get();
        List<BigDecimal> points = shown == null || shown.history() == null ? List.of() : shown.history().points(market);
        model.points().setAll(points);
        BigDecimal point = null;
        if (market.hasLine() && !points.isEmpty()) {
            point = points.stream().filter(p -> wantedPoint != null && p.compareTo(wantedPoint) == 0).findFirst()
                    .orElseGet(() -> shown.history().mainPoint(market).orElse(points.getFirst()));
        }
        model.pointProperty().set(point);
        model.sides().setAll(market.outcomes());
        Outcome side = wantedSide != null ? wantedSide : model.outcomeProperty().get();
        model.outcomeProperty().set(market.outcomes().contains(side) ? side : market.outcomes().getFirst());
    }

    @Override
    public MatchDetailView view() {
        return view;
    }

    public MatchDetailModel model() {
        return model;
    }
}
