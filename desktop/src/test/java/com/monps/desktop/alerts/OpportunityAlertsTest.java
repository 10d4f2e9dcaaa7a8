package com.monps.desktop.alerts;

import com.monps.desktop.shared.ModelPrices;
import com.monps.core.domain.Market;
import com.monps.core.domain.Match;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OpportunityBoard;
import com.monps.core.repo.OpportunityRepository;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.betentry.BetEntry;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.Nodes;
import com.monps.desktop.shared.AlertRule;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ApplicationExtension.class)
class OpportunityAlertsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final AlertRule FOUR_PERCENT = new AlertRule(true, new BigDecimal("4"), BigDecimal.ZERO);

    private FxTestContext context;
    private AlertsController alerts;
    private AlertsModel model;
    private BetEntry entry;
    private final List<OpportunityAlert> shown = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        var dsl = context.db().dsl();
        new MatchRepository(dsl).upsert(List.of(
                Match.upcoming("m1", "soccer_epl", "EPL", NOW.plusSeconds(86_400), "Arsenal", "Wolves"),
                Match.upcoming("m2", "soccer_france_ligue_one", "Ligue 1", NOW.plusSeconds(90_000), "Lyon", "Nice")));
        new OpportunityRepository(dsl).upsert(List.of(new Opportunity(null, "m1", Outcome.HOME, "bet365", new BigDecimal("2.15"),
                new BigDecimal("0.045946"), new BigDecimal("0.5"), "anomaly-ev", new BigDecimal("0.486486"), null, null, null, null, NOW)));
        StakingRules rules = new StakingRules(new BigDecimal("1000"), 0.25, 0.05);
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW));
        entry = new BetEntry(context.ui(), new MatchRepository(dsl), new BetRepository(dsl), () -> rules, List::of, clock, () -> stage);
        Notifier popups = new NotificationPopups(() -> stage, context.ui().i18n(), context.ui().formats(), true);
        alerts = new AlertsController(context.ui(), new OpportunityBoard(dsl), () -> rules, ModelPrices.NONE, (alert, onOpen) -> {
            shown.add(alert);
            popups.show(alert, onOpen);
        }, entry, clock, FOUR_PERCENT);
        model = alerts.model();
        stage.setScene(new Scene(new StackPane(), 900, 600));
        stage.show();
        alerts.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        alerts.close();
        context.close();
    }

    @Test
    void aScanThatWritesAnOpportunityAboveTheRuleShowsItWithinASecondAndAClickOpensTheBetDialogAtItsPrice(FxRobot robot)
            throws Exception {
        assertThat(shown).as("what met the rule at the start is known, not announced").isEmpty();

        try (Connection scan = otherConnection(); var sql = scan.createStatement()) {
            sql.execute("""
                    INSERT INTO opportunities (match_id, outcome, bookmaker, odds, edge_value, confidence_score, agent_name, fair_prob)
                    VALUES ('m2', 'home', 'unibet', 3.60, 0.08, 0.5, 'anomaly-ev', 0.30)""");
        }

        await().atMost(Duration.ofSeconds(1)).until(() -> robot.lookup("Lyon – Nice\nHome at 3.60 (unibet), edge +8.0 %").tryQuery().isPresent());
        assertThat(model.today()).singleElement().satisfies(alert -> assertThat(alert.kellyStake()).isEqualByComparingTo("7.69"));

        robot.clickOn("Lyon – Nice\nHome at 3.60 (unibet), edge +8.0 %");

        assertThat(robot.lookup("#bet-odds").queryAs(TextField.class).getText()).isEqualTo("3.6");
        assertThat(robot.lookup("#bet-stake").queryAs(TextField.class).getText()).isEqualTo("7.69");
        assertThat(robot.lookup("#bet-bookmaker").queryAs(ComboBox.class).getEditor().getText()).isEqualTo("unibet");
    }

    @Test
    void anAlertOnAHandicapNamesItsMarketAndLineAndOpensTheBetDialogOnThatLine(FxRobot robot) throws Exception {
        try (Connection scan = otherConnection(); var sql = scan.createStatement()) {
            sql.execute("""
                    INSERT INTO opportunities (match_id, market, point, outcome, bookmaker, odds, edge_value, confidence_score,
                                               agent_name, fair_prob)
                    VALUES ('m2', 'spreads', -0.25, 'home', 'unibet', 2.02, 0.08, 0.5, 'anomaly-ev', 0.53)""");
        }
        String text = "Lyon – Nice\nAsian handicap: Home \u22120.25 at 2.02 (unibet), edge +8.0 %";

        await().atMost(Duration.ofSeconds(1)).until(() -> robot.lookup(text).tryQuery().isPresent());
        robot.clickOn(text);

        assertThat(Nodes.<ComboBox<Market>>find(entry.lastDialog(), "bet-market").getValue()).isEqualTo(Market.SPREADS);
        assertThat(robot.lookup("#bet-point").queryAs(TextField.class).getText()).isEqualTo("-0.25");
        assertThat(Nodes.<ComboBox<Outcome>>find(entry.lastDialog(), "bet-outcome").getValue()).isEqualTo(Outcome.HOME);
        assertThat(robot.lookup("#bet-point-explanation").queryAs(Label.class).getText())
                .isEqualTo("\u22120.25: half the stake on 0, half on \u22120.5");
    }

    @Test
    void aRescanOfTheSameOpportunityDoesNotAlertAgain() throws Exception {
        try (Connection scan = otherConnection(); var sql = scan.createStatement()) {
            sql.execute("""
                    INSERT INTO opportunities (match_id, outcome, bookmaker, odds, edge_value, confidence_score, agent_name, fair_prob)
                    VALUES ('m2', 'home', 'unibet', 3.60, 0.08, 0.5, 'anomaly-ev', 0.30)""");
        }
        await().atMost(Duration.ofSeconds(1)).until(() -> shown.size() == 1);
        Instant firstCheck = model.lastCheckedProperty().get();

        try (Connection scan = otherConnection(); var sql = scan.createStatement()) {
            sql.execute("UPDATE opportunities SET odds = 3.70, edge_value = 0.11, detected_at = now() WHERE match_id = 'm2'");
        }

        await().atMost(Duration.ofSeconds(2)).until(() -> model.lastCheckedProperty().get() != firstCheck);
        assertThat(shown).hasSize(1);
        assertThat(model.today()).hasSize(1);
    }

    private Connection otherConnection() throws Exception {
        var c = context.db().config();
        return DriverManager.getConnection(c.url(), c.user(), c.password());
    }
}
