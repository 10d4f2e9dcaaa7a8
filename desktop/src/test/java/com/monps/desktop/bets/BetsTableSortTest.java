package com.monps.desktop.bets;

import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.repo.MatchRepository;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.betentry.BetEntry;
import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.FxDialogs;
import com.monps.desktop.fx.FxTestContext;
import javafx.scene.Scene;
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

@ExtendWith(ApplicationExtension.class)
class BetsTableSortTest {

    private FxTestContext context;

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        BetEntry entry = new BetEntry(context.ui(), new MatchRepository(context.db().dsl()), new BetRepository(context.db().dsl()),
                () -> new StakingRules(BigDecimal.TEN, 0.25, 0.05), List::of, Clock.systemUTC(), () -> stage);
        BetsController controller = new BetsController(context.ui(), context.db().dsl(), entry, new FxDialogs(() -> stage),
                Clock.systemUTC(), focus -> { });
        BetsView view = controller.view();
        controller.model().setRows(BetRow.of(List.of(bet(1, "Brighton", "Wolves"), bet(2, "arsenal", "Lyon"), bet(3, "Aston Villa", "Nice"),
                bet(4, "Arsenal", "Lyon"), bet(5, "ARSENAL", "Chelsea")), ZoneOffset.UTC));
        stage.setScene(new Scene(view.root(), 1300, 500));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void sortingByMatchIgnoresCaseAndKeepsEqualMatchesInListOrder(FxRobot robot) {
        robot.clickOn("Match");

        assertThat(shown(robot)).containsExactly("ARSENAL – Chelsea", "arsenal – Lyon", "Arsenal – Lyon", "Aston Villa – Nice",
                "Brighton – Wolves");
        assertThat(robot.lookup("arsenal – Lyon").tryQuery()).isPresent();
    }

    @Test
    void sortingByMatchAgainReversesItAndStillKeepsEqualMatchesInListOrder(FxRobot robot) {
        robot.clickOn("Match");
        robot.clickOn("Match");

        assertThat(shown(robot)).containsExactly("Brighton – Wolves", "Aston Villa – Nice", "arsenal – Lyon", "Arsenal – Lyon",
                "ARSENAL – Chelsea");
    }

    private static List<String> shown(FxRobot robot) {
        TableView<BetRow> table = robot.lookup("#bets-table").queryTableView();
        return table.getItems().stream().map(r -> r.match().text()).toList();
    }

    private static Bet bet(long id, String home, String away) {
        Instant placed = Instant.parse("2024-08-15T12:00:00Z").plusSeconds(id);
        return new Bet(id, "m" + id, home, away, "soccer_epl", "EPL", Instant.parse("2024-08-17T14:00:00Z"), Outcome.HOME,
                new BigDecimal("2.10"), new BigDecimal("10.00"), "pinnacle", null, null, null, false, BetStatus.PENDING, null, null,
                null, null, null, null, null, null, null, null, placed, null);
    }
}
