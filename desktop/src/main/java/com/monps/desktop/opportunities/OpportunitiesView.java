package com.monps.desktop.opportunities;

import com.monps.core.repo.OpportunityBoard.Ranking;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.FilterChoice;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.View;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;

/** The opportunities page: ranking toggle, filters, the table; a row opens the bet dialog. */
public final class OpportunitiesView implements View {

    private final VBox root = new VBox();
    private final TableView<OpportunityRow> table = new TableView<>();
    private final TextField minEdge = new TextField();

    public OpportunitiesView(OpportunitiesModel model, I18n i18n, Formats formats) {
        root.getStyleClass().add("screen");
        Label title = new Label(i18n.get("nav.opportunities") + " · top " + OpportunitiesModel.TOP);
        title.getStyleClass().add(Styles.TITLE);
        Label hint = new Label(i18n.get("opportunities.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, hint);
        header.getStyleClass().add(Styles.TOOLBAR);
        root.getChildren().addAll(header, filters(model, i18n), table(model, i18n, formats));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private HBox filters(OpportunitiesModel model, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton byEdge = toggle("rank-edge", i18n.get("opportunities.byEdge"), Ranking.EDGE, group);
        ToggleButton byPatron = toggle("rank-patron", i18n.get("opportunities.byPatron"), Ranking.PATRON_SCORE, group);
        group.selectToggle(model.rankingProperty().get() == Ranking.EDGE ? byEdge : byPatron);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.rankingProperty().set((Ranking) now.getUserData());
            }
        });
        minEdge.setId("filter-min-edge");
        minEdge.setPromptText(i18n.get("opportunities.minEdge"));
        minEdge.setPrefWidth(110);
        minEdge.textProperty().addListener((obs, old, text) -> model.minEdgePctProperty().set(parse(text)));
        String all = i18n.get("filter.all");
        Label rankBy = new Label(i18n.get("opportunities.rankBy"));
        rankBy.getStyleClass().add(Styles.MUTED);
        HBox box = new HBox(8, rankBy, new HBox(0, byEdge, byPatron),
                FilterChoice.of("filter-sport", all + " · " + i18n.get("col.sport"), model.sports(), model.sportProperty()),
                FilterChoice.of("filter-bookmaker", all + " · " + i18n.get("col.bookmaker"), model.bookmakers(), model.bookmakerProperty()),
                FilterChoice.of("filter-agent", all + " · " + i18n.get("col.agent"), model.agents(), model.agentProperty()),
                minEdge);
        box.getStyleClass().add(Styles.TOOLBAR);
        return box;
    }

    private TableView<OpportunityRow> table(OpportunitiesModel model, I18n i18n, Formats formats) {
        table.setId("opportunities-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("opportunities.empty")));
        table.getColumns().setAll(List.of(
                Columns.text(i18n.get("col.kickoff"), "o-kickoff", r -> r.entry().match().commenceTime(), formats::dateTime, 112, false),
                Columns.text(i18n.get("col.match"), "o-match", r -> r.entry().match().label(), s -> s, 230, false),
                Columns.text(i18n.get("col.league"), "o-league", OpportunityRow::league, s -> s, 90, false),
                Columns.<OpportunityRow, String>text(i18n.get("col.selection"), "o-selection",
                        r -> i18n.get("outcome." + r.opportunity().outcome().code()), s -> s, 80, false),
                Columns.text(i18n.get("col.bookmaker"), "o-bookmaker", r -> r.opportunity().bookmaker(), s -> s, 95, false),
                Columns.text(i18n.get("col.odds"), "o-odds", r -> r.opportunity().odds(), formats::odds, 60, true),
                Columns.text(i18n.get("col.fairProb"), "o-fair", r -> r.opportunity().fairProb(), formats::fractionPercent, 65, true),
                Columns.<OpportunityRow, BigDecimal>text(i18n.get("col.edge"), "o-edge", OpportunityRow::edgePct, formats::signedPercent, 70, true),
                Columns.text(i18n.get("col.patron"), "o-patron", r -> r.opportunity().patronScore(), formats::score, 60, true),
                Columns.text(i18n.get("col.kelly"), "o-kelly", OpportunityRow::kellyStake, formats::money, 80, true),
                Columns.text(i18n.get("col.agent"), "o-agent", r -> r.opportunity().agentName(), s -> s, 125, false),
                Columns.text(i18n.get("col.detected"), "o-detected", r -> r.opportunity().detectedAt(), formats::dateTime, 105, false)));
        model.rows().bindTo(table);
        return table;
    }

    private static ToggleButton toggle(String id, String text, Ranking ranking, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(ranking);
        button.setToggleGroup(group);
        return button;
    }

    private static BigDecimal parse(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public VBox root() { return root; }
    public TableView<OpportunityRow> table() { return table; }
}
