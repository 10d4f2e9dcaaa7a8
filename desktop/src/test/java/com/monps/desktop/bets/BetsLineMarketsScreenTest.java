package com.monps.desktop.bets;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.betentry.BetEntry;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.FxDialogs;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.ScreenHarness;
import com.monps.desktop.fx.Styles;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bets page on goal totals and Asian handicaps: the line in the market and selection columns, half statuses, "line moved". */
@ExtendWith(ApplicationExtension.class)
class BetsLineMarketsScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-16T12:00:00Z"), ZoneOffset.UTC);

    private FxTestContext context;
    private BetsController controller;

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        BetRepository bets = new BetRepository(context.db().dsl());
        settle(bets, bets.insert(bet("Arsenal", Market.TOTALS, "2.75", Outcome.OVER, "2.10")), BetStatus.HALF_WON);
        settle(bets, bets.insert(bet("Chelsea", Market.SPREADS, "-0.25", Outcome.HOME, "1.95")), BetStatus.HALF_LOST);
        bets.insert(bet("Everton", Market.TOTALS, "2.50", Outcome.UNDER, "1.90"));
        bets.insert(bet("Brighton", Market.SPREADS, "0.25", Outcome.AWAY, "2.02"));
        bets.insert(bet("Leeds", Market.H2H, null, Outcome.DRAW, "3.40"));
        // what the CLV job writes when the bet's point was no longer quoted at the close (docs/markets.md)
        context.db().dsl().execute("""
                UPDATE bets SET closing_source = 'line_moved', closing_point = CASE home_team WHEN 'Everton' THEN 2.75 ELSE 0.75 END
                 WHERE home_team IN ('Everton', 'Brighton')""");
        context.db().dsl().execute("UPDATE bets SET clv_percent = 3.1 WHERE home_team = 'Arsenal'");
        // and, for Everton's under 2.5, the implied no-vig CLV of the closing market translated to its line (V80)
        context.db().dsl().execute("""
                UPDATE bets SET implied_fair_prob = 0.413435, clv_implied_pct = -13.179, implied_source = 'pinnacle_1x2_total'
                 WHERE home_team = 'Everton'""");
        controller = new BetsController(context.ui(), context.db().dsl(), new BetEntry(context.ui(),
                new MatchRepository(context.db().dsl()), bets, () -> new StakingRules(new BigDecimal("1000"), 0.25, 0.05),
                List::of, CLOCK, () -> stage), new FxDialogs(() -> stage), CLOCK, focus -> { });
        ScreenHarness.show(stage, controller);
    }

    @AfterEach
    void tearDown() {
        controller.deactivate();
        context.close();
    }

    @Test
    void theMarketColumnNamesTheLineAndTheSelectionTheSideAtItsLine(FxRobot robot) {
        assertThat(cellTexts(robot, "col-market"))
                .containsExactlyInAnyOrder("Totals 2.75", "AH \u22120.25", "Totals 2.5", "AH +0.25", "1X2");
        assertThat(cellTexts(robot, "col-selection"))
                .containsExactlyInAnyOrder("Over 2.75", "Home \u22120.25", "Under 2.5", "Away +0.25", "Draw");
    }

    @Test
    void halfWonAndHalfLostReadAsSuchAndAreStyledApartFromWonAndLost(FxRobot robot) {
        Label halfWon = pill(robot, "Half won");
        Label halfLost = pill(robot, "Half lost");

        assertThat(halfWon.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("half_won"))
                .doesNotContain(PseudoClass.getPseudoClass("won"));
        assertThat(halfLost.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("half_lost"))
                .doesNotContain(PseudoClass.getPseudoClass("lost"));

        robot.clickOn("#status-half-lost");
        assertThat(table(robot).getItems()).extracting(r -> r.bet().homeTeam()).containsExactly("Chelsea");
    }

    @Test
    void aLineThatMovedBeforeTheCloseShowsTheClosingLineInItsBadgeNeverANumber(FxRobot robot) {
        List<Label> badges = robot.lookup("." + Styles.CLV_BADGE).queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && !l.getText().isEmpty()).toList();

        assertThat(badges).extracting(Label::getText)
                .containsExactlyInAnyOrder("+3.1 %", "line moved \u2192 2.75", "line moved \u2192 +0.75", "--", "--");
        Label moved = badges.stream().filter(l -> l.getText().equals("line moved \u2192 2.75")).findFirst().orElseThrow();
        assertThat(moved.getPseudoClassStates()).contains(Styles.LINE_MOVED).doesNotContain(Styles.POSITIVE, Styles.NEGATIVE);
    }

    @Test
    void besideAMovedLineTheImpliedNoVigClvIsShownMarkedAsImpliedWhereTheCloseGaveOne(FxRobot robot) {
        List<Label> implied = robot.lookup("." + Styles.CLV_IMPLIED).queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.isVisible()).toList();

        assertThat(implied).singleElement().satisfies(label -> {
            assertThat(label.getText()).isEqualTo("implied -13.2 %");
            assertThat(label.getPseudoClassStates()).contains(Styles.NEGATIVE);
        });
    }

    @Test
    void theMarketFilterKeepsThatMarketsBetsAndTotalsFollow(FxRobot robot) {
        robot.clickOn("#filter-market").clickOn("Asian handicap");

        assertThat(robot.lookup("#filter-market").queryComboBox().getValue()).isEqualTo("spreads");
        assertThat(table(robot).getItems()).extracting(r -> r.bet().homeTeam()).containsExactlyInAnyOrder("Chelsea", "Brighton");
        assertThat(robot.lookup("#total-count").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(cellTexts(robot, "col-market")).containsOnly("AH \u22120.25", "AH +0.25");
    }

    private static void settle(BetRepository bets, long id, BetStatus status) {
        bets.settle(id, ManualSettlement.of(bets.find(id).orElseThrow(), status, CLOCK.instant()));
    }

    private static List<String> cellTexts(FxRobot robot, String columnId) {
        // one cell per row shown, in row order (the table also keeps a hidden cell for measuring)
        java.util.Map<Integer, String> byRow = new java.util.TreeMap<>();
        robot.lookup("#bets-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> !c.isEmpty() && c.getText() != null && c.getTableRow() != null && c.getTableRow().isVisible())
                .forEach(c -> byRow.putIfAbsent(c.getIndex(), c.getText()));
        return List.copyOf(byRow.values());
    }

    private static Label pill(FxRobot robot, String text) {
        return robot.lookup("." + Styles.STATUS_PILL).queryAllAs(Label.class).stream()
                .filter(l -> text.equals(l.getText())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<BetRow> table(FxRobot robot) {
        return robot.lookup("#bets-table").queryAs(TableView.class);
    }

    private static NewBet bet(String home, Market market, String point, Outcome outcome, String odds) {
        var m = Fixtures.match("m-" + home);
        return NewBet.of(m.id(), home, "Fulham", "soccer_epl", "EPL", m.commenceTime(), outcome, new BigDecimal(odds),
                new BigDecimal("10.00"), "bet365", market, point == null ? null : new BigDecimal(point));
    }
}
