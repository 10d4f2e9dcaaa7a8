package com.monps.desktop.bets;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.repo.OddsRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.betentry.BetEntry;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.FxDialogs;
import com.monps.desktop.fx.FxTestContext;
import com.monps.desktop.fx.Nodes;
import com.monps.desktop.fx.Styles;
import com.monps.desktop.fx.Theme;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ApplicationExtension.class)
class BetsScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-16T12:00:00Z"), ZoneOffset.UTC);

    private FxTestContext context;
    private BetRepository bets;
    private BetsController controller;
    private BetEntry entry;

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        bets = new BetRepository(context.db().dsl());
        new MatchRepository(context.db().dsl()).upsert(List.of(Fixtures.match("m-upcoming")));
        long won = bets.insert(bet("Arsenal", "pinnacle", "2.10"));
        bets.settle(won, ManualSettlement.of(bets.find(won).orElseThrow(), BetStatus.WON, CLOCK.instant()));
        long lost = bets.insert(bet("Chelsea", "bet365", "3.40"));
        bets.settle(lost, ManualSettlement.of(bets.find(lost).orElseThrow(), BetStatus.LOST, CLOCK.instant()));
        bets.insert(bet("Everton", "pinnacle", "1.90"));
        context.db().dsl().execute("UPDATE bets SET clv_percent = CASE home_team WHEN 'Arsenal' THEN 2.5 WHEN 'Chelsea' THEN -1.2 END");

        var ui = context.ui();
        entry = new BetEntry(ui, new MatchRepository(context.db().dsl()), bets,
                () -> new StakingRules(new BigDecimal("1000"), 0.25, 0.05), List::of, CLOCK, () -> stage);
        controller = new BetsController(ui, context.db().dsl(), entry, new FxDialogs(() -> stage), CLOCK, focus -> { });
        Scene scene = new Scene(controller.view().root(), 1300, 700);
        Theme.DARK.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        controller.activate();
    }

    @AfterEach
    void tearDown() {
        controller.deactivate();
        context.close();
    }

    @Test
    void statusFiltersAndSearchChangeTheRows(FxRobot robot) {
        assertThat(table(robot).getItems()).hasSize(3);

        robot.clickOn("#status-won");
        assertThat(table(robot).getItems()).extracting(r -> r.bet().homeTeam()).containsExactly("Arsenal");

        robot.clickOn("#status-all");
        robot.clickOn("#filter-search").write("everton");
        assertThat(table(robot).getItems()).extracting(r -> r.bet().homeTeam()).containsExactly("Everton");
        assertThat(robot.lookup("#total-count").queryAs(Label.class).getText()).isEqualTo("1");
    }

    @Test
    void clickingAColumnHeaderSortsTheRowsAndAgainReversesThem(FxRobot robot) {
        robot.clickOn("Odds");
        assertThat(table(robot).getItems()).extracting(r -> r.bet().odds().toPlainString()).containsExactly("1.900", "2.100", "3.400");

        robot.clickOn("Odds");
        assertThat(table(robot).getItems()).extracting(r -> r.bet().odds().toPlainString()).containsExactly("3.400", "2.100", "1.900");
    }

    @Test
    void bookmakerFilterKeepsThatBookmakersBetsAndTotalsFollow(FxRobot robot) {
        robot.interact(() -> controller.model().bookmakerProperty().set("pinnacle"));

        assertThat(table(robot).getItems()).extracting(r -> r.bet().bookmaker()).containsOnly("pinnacle").hasSize(2);
        assertThat(robot.lookup("#total-staked").queryAs(Label.class).getText()).isEqualTo("20.00");
        assertThat(robot.lookup("#total-profit").queryAs(Label.class).getText()).isEqualTo("+11.00");
    }

    @Test
    void clvBadgeIsGreenWhenPositiveRedWhenNegativeAndDashesWhileUnknown(FxRobot robot) {
        List<Label> badges = robot.lookup("." + Styles.CLV_BADGE).queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && !l.getText().isEmpty()).toList();

        assertThat(badges).extracting(Label::getText).containsExactlyInAnyOrder("+2.5 %", "-1.2 %", "--");
        assertThat(badge(badges, "+2.5 %").getPseudoClassStates()).contains(Styles.POSITIVE).doesNotContain(Styles.NEGATIVE);
        assertThat(badge(badges, "-1.2 %").getPseudoClassStates()).contains(Styles.NEGATIVE).doesNotContain(Styles.POSITIVE);
        assertThat(badge(badges, "--").getPseudoClassStates()).doesNotContain(Styles.POSITIVE, Styles.NEGATIVE);
    }

    @Test
    void aBetInsertedThenSettledFromAnotherConnectionAppearsWithoutAClick(FxRobot robot) throws Exception {
        var config = context.db().config();
        try (Connection other = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement sql = other.createStatement()) {
            sql.execute("""
                    INSERT INTO bets (match_id, home_team, away_team, sport, league, commence_time, outcome, odds, stake, bookmaker)
                    VALUES ('m9', 'Brighton', 'Wolves', 'soccer_epl', 'EPL', '2024-08-17 14:00+00', 'home', 2.00, 10, 'pinnacle')""");
            await().atMost(Duration.ofSeconds(10)).until(() -> rowFor(robot, "Brighton") != null);

            sql.execute("""
                    UPDATE bets SET status = 'won', result = 'home', payout = 20.00, profit = 10.00, settled_by = 'auto',
                                    settled_at = now() WHERE home_team = 'Brighton'""");
            await().atMost(Duration.ofSeconds(10)).until(() -> rowFor(robot, "Brighton").bet().status() == BetStatus.WON);
        }
    }

    @Test
    void theBetDialogRefusesOddsNotAboveOneAndWritesNothing(FxRobot robot) {
        openDialogWith(robot, "1.00", "10");

        assertThat(errors(robot)).contains("Odds must be greater than 1");
        assertThat(bets.history(BetRepository.BetQuery.latest(100))).hasSize(3);
    }

    @Test
    void theBetDialogRefusesAStakeNotAboveZero(FxRobot robot) {
        openDialogWith(robot, "2.10", "0");

        assertThat(errors(robot)).contains("Stake must be greater than 0");
        assertThat(bets.history(BetRepository.BetQuery.latest(100))).hasSize(3);
    }

    @Test
    void theBetDialogRefusesWordsWhereNumbersBelong(FxRobot robot) {
        openDialogWith(robot, "abc", "ten");

        assertThat(errors(robot)).contains("Odds must be a number").contains("Stake must be a number");
        assertThat(bets.history(BetRepository.BetQuery.latest(100))).hasSize(3);
    }

    @Test
    void enterSubmitsAValidBetAndTheTableShowsIt(FxRobot robot) {
        openDialogWith(robot, "2,40", "12.5");

        await().atMost(Duration.ofSeconds(10)).until(() -> rowFor(robot, "Manchester United") != null);
        var saved = bets.history(BetRepository.BetQuery.latest(100)).getFirst();
        assertThat(saved.odds()).isEqualByComparingTo("2.40");
        assertThat(saved.stake()).isEqualByComparingTo("12.50");
        assertThat(saved.bookmaker()).isEqualTo("unibet");
    }

    @Test
    void escapeCancelsWithoutWriting(FxRobot robot) {
        robot.clickOn("#bets-record");
        robot.clickOn("#bet-odds").write("2.10");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(entry.lastDialog().stage().isShowing()).isFalse();
        assertThat(bets.history(BetRepository.BetQuery.latest(100))).hasSize(3);
    }

    @Test
    void aTwoWayMatchOffersHomeAndAwayOnly(FxRobot robot) {
        Instant tipOff = CLOCK.instant().plus(Duration.ofDays(1));
        new MatchRepository(context.db().dsl()).upsert(List.of(Match.upcoming("nba1", "basketball_nba", "NBA", tipOff, "Celtics", "Knicks")));
        new OddsRepository(context.db().dsl()).append(List.of(new OddsSnapshot("nba1", "draftkings", new BigDecimal("1.80"), null,
                new BigDecimal("2.05"), CLOCK.instant(), CLOCK.instant())));
        robot.clickOn("#bets-record");
        WaitForAsyncUtils.waitForFxEvents();
        var dialog = entry.lastDialog();

        robot.interact(() -> {
            Nodes.<ComboBox<Match>>find(dialog, "bet-match").getSelectionModel().select(0);
            Nodes.<ComboBox<Outcome>>find(dialog, "bet-outcome").setValue(Outcome.DRAW);
        });
        assertThat(Nodes.<ComboBox<Match>>find(dialog, "bet-match").getValue().id()).isEqualTo("m-upcoming");
        assertThat(Nodes.<ComboBox<Outcome>>find(dialog, "bet-outcome").getItems()).containsExactly(Outcome.HOME, Outcome.DRAW, Outcome.AWAY);

        robot.interact(() -> Nodes.<ComboBox<Match>>find(dialog, "bet-match").getSelectionModel().select(1));
        assertThat(Nodes.<ComboBox<Match>>find(dialog, "bet-match").getValue().id()).isEqualTo("nba1");
        assertThat(Nodes.<ComboBox<Outcome>>find(dialog, "bet-outcome").getItems()).containsExactly(Outcome.HOME, Outcome.AWAY);
        assertThat(Nodes.<ComboBox<Outcome>>find(dialog, "bet-outcome").getValue()).isNull();
    }

    private void openDialogWith(FxRobot robot, String odds, String stake) {
        robot.clickOn("#bets-record");
        robot.interact(() -> {
            var dialog = entry.lastDialog();
            Nodes.<ComboBox<Match>>find(dialog, "bet-match").getSelectionModel().selectFirst();
            Nodes.<ComboBox<Outcome>>find(dialog, "bet-outcome").setValue(Outcome.HOME);
            Nodes.<ComboBox<String>>find(dialog, "bet-bookmaker").getEditor().setText("unibet");
        });
        robot.clickOn("#bet-odds").write(odds);
        robot.clickOn("#bet-stake").write(stake);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String errors(FxRobot robot) {
        return robot.lookup("#bet-errors").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<BetRow> table(FxRobot robot) {
        return robot.lookup("#bets-table").queryAs(TableView.class);
    }

    private static BetRow rowFor(FxRobot robot, String homeTeam) {
        return table(robot).getItems().stream().filter(r -> r.bet().homeTeam().equals(homeTeam)).findFirst().orElse(null);
    }

    private static Label badge(List<Label> badges, String text) {
        return badges.stream().filter(l -> l.getText().equals(text)).findFirst().orElseThrow();
    }

    private static com.monps.core.domain.NewBet bet(String home, String bookmaker, String odds) {
        Match m = Fixtures.match("m-" + home);
        return com.monps.core.domain.NewBet.of(m.id(), home, "Fulham", "soccer_epl", "EPL", m.commenceTime(), Outcome.HOME,
                new BigDecimal(odds), new BigDecimal("10.00"), bookmaker);
    }
}
