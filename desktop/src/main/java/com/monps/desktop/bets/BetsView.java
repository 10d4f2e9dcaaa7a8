package com.monps.desktop.bets;

import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.desktop.fx.CaseInsensitiveKey;
import com.monps.desktop.fx.ClvBadgeCell;
import com.monps.desktop.fx.Columns;
import com.monps.desktop.fx.FilterChoice;
import com.monps.desktop.fx.Formats;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.MarketSide;
import com.monps.desktop.fx.MarketText;
import com.monps.desktop.fx.RowOpening;
import com.monps.desktop.fx.SignedCell;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.View;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bets page (BetsView.fxml) bound to its model; the buttons, double click, Enter and Delete go to the controller. */
public final class BetsView implements View {

    /** {@code bets.closing_source} of a line bet whose point was no longer quoted at the close (docs/markets.md). */
    private static final String LINE_MOVED = "line_moved";

    private final VBox root;
    @FXML private ToggleGroup statuses;
    @FXML private ToggleButton statusAll;
    @FXML private ToggleButton statusPending;
    @FXML private ToggleButton statusWon;
    @FXML private ToggleButton statusLost;
    @FXML private ToggleButton statusVoid;
    @FXML private ToggleButton statusHalfWon;
    @FXML private ToggleButton statusHalfLost;
    @FXML private ComboBox<String> market;
    @FXML private ComboBox<String> sport;
    @FXML private ComboBox<String> league;
    @FXML private ComboBox<String> bookmaker;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private TextField search;
    @FXML private Button record;
    @FXML private Button edit;
    @FXML private Button settleWon;
    @FXML private Button settleLost;
    @FXML private Button voidBet;
    @FXML private Button delete;
    @FXML private Button exportCsv;
    @FXML private Button importCsv;
    @FXML private TableView<BetRow> table;
    @FXML private TableColumn<BetRow, Instant> kickoff;
    @FXML private TableColumn<BetRow, CaseInsensitiveKey> match;
    @FXML private TableColumn<BetRow, String> leagueColumn;
    @FXML private TableColumn<BetRow, MarketSide> marketColumn;
    @FXML private TableColumn<BetRow, MarketSide> selection;
    @FXML private TableColumn<BetRow, BigDecimal> odds;
    @FXML private TableColumn<BetRow, BigDecimal> stake;
    @FXML private TableColumn<BetRow, String> bookmakerColumn;
    @FXML private TableColumn<BetRow, BigDecimal> edge;
    @FXML private TableColumn<BetRow, BigDecimal> clv;
    @FXML private TableColumn<BetRow, BigDecimal> patron;
    @FXML private TableColumn<BetRow, BetStatus> status;
    @FXML private TableColumn<BetRow, BigDecimal> pnl;
    @FXML private Label totalCount;
    @FXML private Label totalStaked;
    @FXML private Label totalProfit;
    @FXML private Label totalClv;

    public BetsView(BetsModel model, BetsController controller, I18n i18n, Formats formats) {
        root = Fxml.load(this, i18n);
        MarketText markets = new MarketText(i18n);
        bindFilters(model, i18n, markets);
        columns(i18n, formats, markets);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.rows().bindTo(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        edit.disableProperty().bind(model.pendingSelectedProperty().not());
        for (Button needsOne : List.of(settleWon, settleLost, voidBet, delete)) {
            needsOne.disableProperty().bind(model.selectedProperty().isNull());
        }
        forwardActions(controller);
        model.totalsProperty().addListener((obs, old, t) -> showTotals(t, formats));
        showTotals(model.totalsProperty().get(), formats);
    }

    private void bindFilters(BetsModel model, I18n i18n, MarketText markets) {
        Map<ToggleButton, BetStatus> byToggle = Map.of(statusPending, BetStatus.PENDING, statusWon, BetStatus.WON,
                statusLost, BetStatus.LOST, statusVoid, BetStatus.VOID, statusHalfWon, BetStatus.HALF_WON,
                statusHalfLost, BetStatus.HALF_LOST);
        byToggle.forEach(ToggleButton::setUserData);
        statuses.selectToggle(model.statusProperty().get() == null ? statusAll : byToggle.entrySet().stream()
                .filter(e -> e.getValue() == model.statusProperty().get()).findFirst().orElseThrow().getKey());
        statuses.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.statusProperty().set((BetStatus) now.getUserData());
            }
        });
        String all = i18n.get("filter.all");
        FilterChoice.bind(market, all + " · " + i18n.get("col.market"), model.markets(), model.marketProperty(),
                code -> markets.market(Market.fromCode(code)));
        FilterChoice.bind(sport, all + " · " + i18n.get("col.sport"), model.sports(), model.sportProperty());
        FilterChoice.bind(league, all + " · " + i18n.get("col.league"), model.leagues(), model.leagueProperty());
        FilterChoice.bind(bookmaker, all + " · " + i18n.get("col.bookmaker"), model.bookmakers(), model.bookmakerProperty());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
    }

    private void forwardActions(BetsController controller) {
        record.setOnAction(e -> controller.recordBet());
        edit.setOnAction(e -> controller.onEdit());
        settleWon.setOnAction(e -> controller.onSettle(BetStatus.WON));
        settleLost.setOnAction(e -> controller.onSettle(BetStatus.LOST));
        voidBet.setOnAction(e -> controller.onSettle(BetStatus.VOID));
        delete.setOnAction(e -> controller.onDelete());
        exportCsv.setOnAction(e -> controller.onExport());
        importCsv.setOnAction(e -> controller.onImport());
        RowOpening.open(table, controller::onOpenMatch);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                controller.onDelete();
            }
        });
    }

    private void columns(I18n i18n, Formats formats, MarketText markets) {
        Columns.showText(kickoff, r -> r.bet().commenceTime(), formats::dateTime, false);
        Columns.showText(match, BetRow::match, CaseInsensitiveKey::text, false);
        Columns.showText(leagueColumn, BetRow::league, s -> s, false);
        Columns.showText(marketColumn, BetRow::side, markets::marketAndLine, false);
        Columns.showText(selection, BetRow::side, markets::selection, false);
        Columns.showText(odds, r -> r.bet().odds(), formats::odds, true);
        Columns.showText(stake, r -> r.bet().stake(), formats::money, true);
        Columns.showText(bookmakerColumn, r -> r.bet().bookmaker(), s -> s, false);
        Columns.showText(edge, r -> r.bet().edgePct(), formats::signedPercent, true);
        Columns.show(clv, r -> r.bet().clvPercent(), c -> new ClvBadgeCell<>(formats, row -> lineMoved(row, i18n, formats, markets)));
        Columns.showText(patron, r -> r.bet().patronScore(), formats::score, true);
        Columns.show(status, r -> r.bet().status(), c -> new StatusCell(i18n));
        Columns.show(pnl, r -> r.bet().profit(), c -> new SignedCell<>(formats::signedMoney));
    }

    /**
     * "line moved → 2.75" for a line bet whose point was not quoted at the close, with the implied no-vig CLV the CLV
     * job translated from the closing market to the bet's line, when it found one ("implied −13.2 %").
     */
    private static Optional<ClvBadgeCell.LineMoved> lineMoved(BetRow row, I18n i18n, Formats formats, MarketText markets) {
        Bet bet = row.bet();
        if (!LINE_MOVED.equals(bet.closingSource()) || bet.closingPoint() == null) {
            return Optional.empty();
        }
        BigDecimal implied = bet.clvImpliedPct();
        return Optional.of(new ClvBadgeCell.LineMoved(i18n.format("clv.lineMoved", markets.point(bet.market(), bet.closingPoint())),
                implied == null ? null : i18n.format("clv.implied", formats.signedPercent(implied)), implied));
    }

    private void showTotals(BetTotals t, Formats formats) {
        totalCount.setText(Integer.toString(t.count()));
        totalStaked.setText(formats.money(t.staked()));
        totalProfit.setText(formats.signedMoney(t.profit()));
        Styles.strictSign(totalProfit, t.profit());
        totalClv.setText(formats.signedPercent(t.averageClv()));
        Styles.sign(totalClv, t.averageClv());
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
    }

    @Override
    public VBox root() {
        return root;
    }

    /** The bets table (for bench/'s measurements of its sort). */
    public TableView<BetRow> table() {
        return table;
    }
}
