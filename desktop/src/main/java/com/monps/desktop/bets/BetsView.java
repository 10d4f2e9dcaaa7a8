package com.monps.desktop.bets;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import com.monps.desktop.fx.CaseInsensitiveKey;
import com.monps.desktop.fx.ClvBadgeCell;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.FilterChoice;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.SignedCell;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.View;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The bets page: status toggles and filters, the table, the totals of the rows shown, the actions. */
public final class BetsView implements View {

    private final VBox root = new VBox();
    private final TableView<BetRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final Button record = new Button();
    private final Button edit = new Button();
    private final Button settleWon = new Button();
    private final Button settleLost = new Button();
    private final Button voidBet = new Button();
    private final Button delete = new Button();
    private final Button exportCsv = new Button();
    private final Button importCsv = new Button();
    private final Label totalCount = new Label();
    private final Label totalStaked = new Label();
    private final Label totalProfit = new Label();
    private final Label totalClv = new Label();

    public BetsView(BetsModel model, I18n i18n, Formats formats) {
        root.getStyleClass().add("screen");
        Label title = new Label(i18n.get("nav.bets"));
        title.getStyleClass().add(Styles.TITLE);
        root.getChildren().addAll(header(title, i18n), filters(model, i18n), table(model, i18n, formats), totals(model, i18n, formats));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private HBox header(Label title, I18n i18n) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        name(record, "bets-record", i18n.get("bets.record"));
        name(edit, "bets-edit", i18n.get("bets.edit"));
        name(settleWon, "bets-settle-won", i18n.get("bets.settleWon"));
        name(settleLost, "bets-settle-lost", i18n.get("bets.settleLost"));
        name(voidBet, "bets-void", i18n.get("bets.void"));
        name(delete, "bets-delete", i18n.get("bets.delete"));
        name(exportCsv, "bets-export", i18n.get("bets.export"));
        name(importCsv, "bets-import", i18n.get("bets.import"));
        HBox box = new HBox(6, title, spacer, record, edit, settleWon, settleLost, voidBet, delete, exportCsv, importCsv);
        box.getStyleClass().add(Styles.TOOLBAR);
        return box;
    }

    private HBox filters(BetsModel model, I18n i18n) {
        HBox statusBar = statusToggles(model, i18n);
        String all = i18n.get("filter.all");
        DatePicker from = new DatePicker();
        from.setId("filter-from");
        from.setPromptText(i18n.get("filter.from"));
        from.setPrefWidth(120);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("filter-to");
        to.setPromptText(i18n.get("filter.to"));
        to.setPrefWidth(120);
        to.valueProperty().bindBidirectional(model.toProperty());
        search.setId("filter-search");
        search.setPromptText(i18n.get("filter.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox box = new HBox(8, statusBar,
                FilterChoice.of("filter-sport", all + " · " + i18n.get("col.sport"), model.sports(), model.sportProperty()),
                FilterChoice.of("filter-league", all + " · " + i18n.get("col.league"), model.leagues(), model.leagueProperty()),
                FilterChoice.of("filter-bookmaker", all + " · " + i18n.get("col.bookmaker"), model.bookmakers(), model.bookmakerProperty()),
                from, to, search);
        box.getStyleClass().add(Styles.TOOLBAR);
        return box;
    }

    private static HBox statusToggles(BetsModel model, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> toggles = new ArrayList<>();
        List<BetStatus> statuses = new ArrayList<>(Arrays.asList(BetStatus.values()));
        statuses.addFirst(null);
        for (BetStatus status : statuses) {
            String code = status == null ? "all" : status.code();
            ToggleButton toggle = new ToggleButton(i18n.get("filter.status." + code));
            toggle.setId("status-" + code);
            toggle.setToggleGroup(group);
            toggle.setUserData(status);
            toggle.setSelected(status == model.statusProperty().get());
            toggles.add(toggle);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.statusProperty().set((BetStatus) now.getUserData());
            }
        });
        HBox statusBar = new HBox(0);
        statusBar.getStyleClass().add("segmented");
        statusBar.getChildren().addAll(toggles);
        return statusBar;
    }

    private TableView<BetRow> table(BetsModel model, I18n i18n, Formats formats) {
        table.setId("bets-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("bets.empty")));
        List<TableColumn<BetRow, ?>> columns = List.of(
                Columns.text(i18n.get("col.kickoff"), "col-kickoff", r -> r.bet().commenceTime(), formats::dateTime, 112, false),
                Columns.text(i18n.get("col.match"), "col-match", BetRow::match, CaseInsensitiveKey::text, 230, false),
                Columns.text(i18n.get("col.league"), "col-league", BetRow::league, s -> s, 90, false),
                Columns.<BetRow, Outcome>text(i18n.get("col.selection"), "col-selection", r -> r.bet().outcome(),
                        o -> i18n.get("outcome." + o.code()), 80, false),
                Columns.text(i18n.get("col.odds"), "col-odds", r -> r.bet().odds(), formats::odds, 60, true),
                Columns.text(i18n.get("col.stake"), "col-stake", r -> r.bet().stake(), formats::money, 75, true),
                Columns.text(i18n.get("col.bookmaker"), "col-bookmaker", r -> r.bet().bookmaker(), s -> s, 95, false),
                Columns.<BetRow, BigDecimal>text(i18n.get("col.edge"), "col-edge", r -> r.bet().edgePct(), formats::signedPercent, 65, true),
                Columns.of(i18n.get("col.clv"), "col-clv", r -> r.bet().clvPercent(), c -> new ClvBadgeCell<>(formats), 80),
                Columns.text(i18n.get("col.patron"), "col-patron", r -> r.bet().patronScore(), formats::score, 60, true),
                Columns.of(i18n.get("col.status"), "col-status", r -> r.bet().status(), c -> new StatusCell(i18n), 75),
                Columns.of(i18n.get("col.pnl"), "col-pnl", r -> r.bet().profit(), c -> new SignedCell<>(formats::signedMoney), 85));
        table.getColumns().setAll(columns);
        model.rows().bindTo(table);
        return table;
    }

    private HBox totals(BetsModel model, I18n i18n, Formats formats) {
        totalCount.setId("total-count");
        totalStaked.setId("total-staked");
        totalProfit.setId("total-profit");
        totalClv.setId("total-clv");
        for (Label value : List.of(totalCount, totalStaked, totalProfit, totalClv)) {
            value.getStyleClass().add("total-value");
        }
        model.totalsProperty().addListener((obs, old, t) -> showTotals(t, formats));
        showTotals(model.totalsProperty().get(), formats);
        HBox box = new HBox(pair(i18n.get("totals.bets"), totalCount), pair(i18n.get("totals.staked"), totalStaked),
                pair(i18n.get("totals.profit"), totalProfit), pair(i18n.get("totals.clv"), totalClv));
        box.getStyleClass().add(Styles.TOTALS);
        return box;
    }

    private void showTotals(BetTotals t, Formats formats) {
        totalCount.setText(Integer.toString(t.count()));
        totalStaked.setText(formats.money(t.staked()));
        totalProfit.setText(formats.signedMoney(t.profit()));
        Styles.strictSign(totalProfit, t.profit());
        totalClv.setText(formats.signedPercent(t.averageClv()));
        Styles.sign(totalClv, t.averageClv());
    }

    private static HBox pair(String label, Label value) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.MUTED);
        return new HBox(6, name, value);
    }

    private static void name(Button button, String id, String text) {
        button.setId(id);
        button.setText(text);
    }

    @Override
    public VBox root() { return root; }
    public TableView<BetRow> table() { return table; }
    public TextField search() { return search; }
    public Button record() { return record; }
    public Button edit() { return edit; }
    public Button settleWon() { return settleWon; }
    public Button settleLost() { return settleLost; }
    public Button voidBet() { return voidBet; }
    public Button delete() { return delete; }
    public Button exportCsv() { return exportCsv; }
    public Button importCsv() { return importCsv; }
}
