package com.monps.desktop.opportunities;

import com.monps.core.domain.Market;
import com.monps.core.repo.OpportunityBoard.Ranking;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.FilterChoice;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.MarketSide;
import com.monps.desktop.fx.MarketText;
import com.monps.desktop.fx.RowOpening;
import com.monps.desktop.fx.View;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.time.Instant;

/** Opportunities (OpportunitiesView.fxml) bound to the model; a double click or Enter on a row asks the controller to bet. */
public final class OpportunitiesView implements View {

    private final VBox root;
    @FXML private Label title;
    @FXML private ToggleGroup ranking;
    @FXML private ToggleButton byEdge;
    @FXML private ToggleButton byPatron;
    @FXML private ComboBox<String> market;
    @FXML private ComboBox<String> sport;
    @FXML private ComboBox<String> bookmaker;
    @FXML private ComboBox<String> agent;
    @FXML private TextField minEdge;
    @FXML private TableView<OpportunityRow> table;
    @FXML private TableColumn<OpportunityRow, Instant> kickoff;
    @FXML private TableColumn<OpportunityRow, String> match;
    @FXML private TableColumn<OpportunityRow, String> league;
    @FXML private TableColumn<OpportunityRow, MarketSide> marketColumn;
    @FXML private TableColumn<OpportunityRow, MarketSide> selection;
    @FXML private TableColumn<OpportunityRow, String> bookmakerColumn;
    @FXML private TableColumn<OpportunityRow, BigDecimal> odds;
    @FXML private TableColumn<OpportunityRow, BigDecimal> modelPrice;
    @FXML private TableColumn<OpportunityRow, BigDecimal> fair;
    @FXML private TableColumn<OpportunityRow, BigDecimal> edge;
    @FXML private TableColumn<OpportunityRow, BigDecimal> patron;
    @FXML private TableColumn<OpportunityRow, BigDecimal> kelly;
    @FXML private TableColumn<OpportunityRow, String> agentColumn;
    @FXML private TableColumn<OpportunityRow, Instant> detected;

    public OpportunitiesView(OpportunitiesModel model, OpportunitiesController controller, I18n i18n, Formats formats) {
        root = Fxml.load(this, i18n);
        title.setText(i18n.get("nav.opportunities") + " · top " + OpportunitiesModel.TOP);
        byEdge.setUserData(Ranking.EDGE);
        byPatron.setUserData(Ranking.PATRON_SCORE);
        ranking.selectToggle(model.rankingProperty().get() == Ranking.EDGE ? byEdge : byPatron);
        ranking.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.rankingProperty().set((Ranking) now.getUserData());
            }
        });
        String all = i18n.get("filter.all");
        MarketText markets = new MarketText(i18n);
        FilterChoice.bind(market, all + " · " + i18n.get("col.market"), model.markets(), model.marketProperty(),
                code -> markets.market(Market.fromCode(code)));
        FilterChoice.bind(sport, all + " · " + i18n.get("col.sport"), model.sports(), model.sportProperty());
        FilterChoice.bind(bookmaker, all + " · " + i18n.get("col.bookmaker"), model.bookmakers(), model.bookmakerProperty());
        FilterChoice.bind(agent, all + " · " + i18n.get("col.agent"), model.agents(), model.agentProperty());
        minEdge.textProperty().bindBidirectional(model.minEdgeTextProperty());
        columns(formats, markets);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.rows().bindTo(table);
        RowOpening.open(table, controller::betOn);
    }

    private void columns(Formats formats, MarketText markets) {
        Columns.showText(kickoff, r -> r.entry().match().commenceTime(), formats::dateTime, false);
        Columns.showText(match, r -> r.entry().match().label(), s -> s, false);
        Columns.showText(league, OpportunityRow::league, s -> s, false);
        Columns.showText(marketColumn, OpportunityRow::side, markets::marketAndLine, false);
        Columns.showText(selection, OpportunityRow::side, markets::selection, false);
        Columns.showText(bookmakerColumn, r -> r.opportunity().bookmaker(), s -> s, false);
        Columns.showText(odds, r -> r.opportunity().odds(), formats::odds, true);
        Columns.showText(modelPrice, OpportunityRow::modelPrice, formats::odds, true);
        Columns.showText(fair, r -> r.opportunity().fairProb(), formats::fractionPercent, true);
        Columns.showText(edge, OpportunityRow::edgePct, formats::signedPercent, true);
        Columns.showText(patron, r -> r.opportunity().patronScore(), formats::score, true);
        Columns.showText(kelly, OpportunityRow::kellyStake, formats::money, true);
        Columns.showText(agentColumn, r -> r.opportunity().agentName(), s -> s, false);
        Columns.showText(detected, r -> r.opportunity().detectedAt(), formats::dateTime, false);
    }

    @Override
    public VBox root() {
        return root;
    }
}
