package com.monps.desktop.opportunities;

import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OpportunityRepository;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.betentry.BetEntry;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.Nodes;
import com.monps.desktop.fx.ScreenHarness;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ApplicationExtension.class)
class OpportunitiesScreenTest {

    private static final Instant NOW = Instant.parse("2024-08-15T12:00:00Z");

    private FxTestContext context;
    private OpportunitiesController controller;
    private BetEntry entry;

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        var dsl = context.db().dsl();
        new MatchRepository(dsl).upsert(List.of(
                Match.upcoming("m1", "soccer_epl", "EPL", NOW.plusSeconds(86_400), "Arsenal", "Wolves"),
                Match.upcoming("m2", "soccer_france_ligue_one", "Ligue 1", NOW.plusSeconds(90_000), "Lyon", "Nice")));
        new OpportunityRepository(dsl).upsert(List.of(
                opportunity("m1", "bet365", "2.15", "0.045946", "0.486486", "anomaly-ev"),
                opportunity("m2", "pinnacle", "3.10", "0.012000", "0.326452", "anomaly-avg")));
        new MatchRepository(dsl).upsert(List.of(Match.upcoming("m3", "soccer_epl", "EPL", NOW.plusSeconds(95_000), "Leeds", "Fulham")));
        new OpportunityRepository(dsl).upsert(List.of(new Opportunity(null, "m3", Market.TOTALS, new BigDecimal("2.75"),
                Outcome.OVER, "bet365", new BigDecimal("2.10"), new BigDecimal("0.030000"), new BigDecimal("0.5"), "anomaly-ev",
                new BigDecimal("0.490476"), null, new BigDecimal("55.00"), new BigDecimal("0.700"), "{\"model_price\": 1.98}", NOW)));
        StakingRules rules = new StakingRules(new BigDecimal("1000"), 0.25, 0.05);
        entry = new BetEntry(context.ui(), new MatchRepository(dsl), new BetRepository(dsl), () -> rules, List::of,
                Clock.fixed(NOW, ZoneOffset.UTC), () -> stage);
        controller = new OpportunitiesController(context.ui(), dsl, entry, () -> rules);
        ScreenHarness.show(stage, controller);
    }

    @AfterEach
    void tearDown() {
        controller.deactivate();
        context.close();
    }

    @Test
    void aTotalsOpportunityShowsItsMarketAndLineAndTheMarketFilterKeepsIt(FxRobot robot) {
        assertThat(robot.lookup("Totals 2.75").tryQuery()).isPresent();
        assertThat(robot.lookup("Over 2.75").tryQuery()).isPresent();
        assertThat(cellTexts(robot, "o-market")).containsExactly("1X2", "Totals 2.75", "1X2");
        assertThat(cellTexts(robot, "o-model")).containsExactly("--", "1.98", "--");

        robot.clickOn("#filter-market").clickOn("Goals over/under");

        assertThat(table(robot).getItems()).extracting(r -> r.entry().match().label()).containsExactly("Leeds – Fulham");
    }

    @Test
    void aLineOpportunityOpensTheBetDialogOnItsMarketLineAndSideWithTheModelsPriceBesideTheOdds(FxRobot robot) {
        robot.clickOn("Leeds – Fulham");
        robot.type(KeyCode.ENTER);

        var dialog = entry.lastDialog();
        assertThat(Nodes.<ComboBox<Market>>find(dialog, "bet-market").getValue()).isEqualTo(Market.TOTALS);
        assertThat(robot.lookup("#bet-point").queryAs(TextField.class).getText()).isEqualTo("2.75");
        assertThat(Nodes.<ComboBox<Outcome>>find(dialog, "bet-outcome").getValue()).isEqualTo(Outcome.OVER);
        assertThat(robot.lookup("#bet-odds").queryAs(TextField.class).getText()).isEqualTo("2.1");
        assertThat(robot.lookup("#bet-point-explanation").queryAs(Label.class).getText()).isEqualTo("2.75: half the stake on 2.5, half on 3");
        assertThat(robot.lookup("#bet-model-price").queryAs(Label.class).getText()).isEqualTo("Model price: 1.98");

        robot.clickOn("#bet-save");
        await().atMost(Duration.ofSeconds(5)).until(() -> !dialog.stage().isShowing());
        assertThat(new BetRepository(context.db().dsl()).history(BetRepository.BetQuery.latest(5))).singleElement().satisfies(b -> {
            assertThat(b.market()).isEqualTo(Market.TOTALS);
            assertThat(b.point()).isEqualByComparingTo("2.75");
            assertThat(b.outcome()).isEqualTo(Outcome.OVER);
        });
    }

    @Test
    void minimumEdgeAndBookmakerFiltersChangeTheRows(FxRobot robot) {
        robot.interact(() -> robot.lookup("#filter-market").queryComboBox().getSelectionModel().select("h2h"));
        assertThat(table(robot).getItems()).hasSize(2);

        robot.clickOn("#filter-min-edge").write("3");
        assertThat(table(robot).getItems()).extracting(r -> r.opportunity().bookmaker()).containsExactly("bet365");

        robot.interact(() -> robot.lookup("#filter-min-edge").queryAs(TextField.class).clear());
        robot.interact(() -> robot.lookup("#filter-agent").queryComboBox().getSelectionModel().select("anomaly-avg"));
        assertThat(table(robot).getItems()).extracting(r -> r.opportunity().bookmaker()).containsExactly("pinnacle");
    }

    @Test
    void enterOnARowOpensTheBetDialogAtThatPriceWithTheKellyStake(FxRobot robot) {
        robot.clickOn("Arsenal – Wolves");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#bet-odds").queryAs(TextField.class).getText()).isEqualTo("2.15");
        assertThat(robot.lookup("#bet-stake").queryAs(TextField.class).getText()).isEqualTo("9.98");
        assertThat(Nodes.<ComboBox<String>>find(entry.lastDialog(), "bet-bookmaker").getEditor().getText()).isEqualTo("bet365");
        assertThat(Nodes.<ComboBox<Match>>find(entry.lastDialog(), "bet-match").getValue().id()).isEqualTo("m1");

        robot.clickOn("#bet-save");
        await().atMost(Duration.ofSeconds(5)).until(() -> !entry.lastDialog().stage().isShowing());
        var saved = new BetRepository(context.db().dsl()).history(BetRepository.BetQuery.latest(5));
        assertThat(saved).singleElement().satisfies(b -> {
            assertThat(b.stake()).isEqualByComparingTo("9.98");
            assertThat(b.agentRecommended()).isTrue();
            assertThat(b.patronScore()).isEqualByComparingTo("62.50");
            assertThat(b.patronConfidence()).isEqualByComparingTo("0.700");
        });
    }

    @Test
    void anOpportunityWrittenByAnotherConnectionAppearsWithoutAClick(FxRobot robot) throws Exception {
        var c = context.db().config();
        try (var other = DriverManager.getConnection(c.url(), c.user(), c.password()); var sql = other.createStatement()) {
            sql.execute("""
                    INSERT INTO opportunities (match_id, outcome, bookmaker, odds, edge_value, confidence_score, agent_name)
                    VALUES ('m2', 'draw', 'unibet', 3.60, 0.08, 0.5, 'anomaly-ev')""");
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> table(robot).getItems().size() == 4);
        assertThat(table(robot).getItems().getFirst().opportunity().bookmaker()).isEqualTo("unibet");
    }

    private static List<String> cellTexts(FxRobot robot, String columnId) {
        // one cell per row shown, in row order (the table also keeps a hidden cell for measuring)
        java.util.Map<Integer, String> byRow = new java.util.TreeMap<>();
        robot.lookup("#opportunities-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> !c.isEmpty() && c.getText() != null && c.getTableRow() != null && c.getTableRow().isVisible())
                .forEach(c -> byRow.putIfAbsent(c.getIndex(), c.getText()));
        return List.copyOf(byRow.values());
    }

    @SuppressWarnings("unchecked")
    private static TableView<OpportunityRow> table(FxRobot robot) {
        return robot.lookup("#opportunities-table").queryAs(TableView.class);
    }

    private static Opportunity opportunity(String match, String bookmaker, String odds, String edge, String fair, String agent) {
        return new Opportunity(null, match, Outcome.HOME, bookmaker, new BigDecimal(odds), new BigDecimal(edge), new BigDecimal("0.5"),
                agent, new BigDecimal(fair), null, new BigDecimal("62.50"), new BigDecimal("0.700"), null, NOW);
    }
}
