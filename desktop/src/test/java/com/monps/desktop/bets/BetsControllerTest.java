package com.monps.desktop.bets;

import com.monps.core.domain.Bet;
import com.monps.core.domain.BetStatus;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;
import com.monps.core.repo.BetRepository;
import com.monps.core.testing.Fixtures;
import com.monps.core.testing.TestDatabase;
import com.monps.desktop.betentry.BetDialogs;
import com.monps.desktop.betentry.BetForm;
import com.monps.desktop.fx.Dialogs;
import com.monps.desktop.fx.FxTestContext;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The bets controller's actions with answers scripted through {@link Dialogs}: no window, no dialog on screen. */
@ExtendWith(ApplicationExtension.class)
class BetsControllerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-20T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private FxTestContext context;
    private BetsController controller;
    private BetRepository bets;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Bet> corrected = new ArrayList<>();

    @Start
    void start(Stage stage) {
        context = new FxTestContext(TestDatabase.fresh());
        bets = new BetRepository(context.db().dsl());
        bets.insert(Fixtures.bet("m1", Outcome.HOME, "2.10", "10"));
        bets.insert(NewBet.of("m2", "Lyon", "Nice", "soccer_france_ligue_one", "Ligue 1", Instant.parse("2024-08-25T19:00:00Z"),
                Outcome.AWAY, new BigDecimal("3.40"), new BigDecimal("20"), "bet365"));
        controller = new BetsController(context.ui(), context.db().dsl(), new BetDialogs() {
            @Override
            public void record(BetForm prefill) {
            }

            @Override
            public void correct(Bet bet) {
                corrected.add(bet);
            }
        }, dialogs, CLOCK, focus -> { });
        controller.refresh();
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void deletingAsksFirstAndKeepsTheBetWhenTheTraderSaysNo(FxRobot robot) {
        dialogs.confirmAnswer = false;
        robot.interact(() -> {
            select(0);
            controller.onDelete();
        });

        assertThat(dialogs.questions).singleElement().asString().startsWith("Delete the bet on");
        assertThat(bets.history(BetRepository.BetQuery.latest(10))).hasSize(2);
    }

    @Test
    void aConfirmedDeletionRemovesTheSelectedBetAndTheTableFollows(FxRobot robot) {
        dialogs.confirmAnswer = true;
        robot.interact(() -> {
            select(0);
            controller.onDelete();
        });

        assertThat(bets.history(BetRepository.BetQuery.latest(10))).hasSize(1);
        assertThat(controller.model().rows().visible()).hasSize(1);
    }

    @Test
    void exportWritesOnlyTheBetsTheFiltersShowToTheChosenFile(FxRobot robot) throws Exception {
        Path file = folder.resolve("book.csv");
        dialogs.saveTo = Optional.of(file);
        robot.interact(() -> {
            controller.model().searchProperty().set("lyon");
            controller.onExport();
        });

        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(dialogs.messages).containsExactly("1 bets written to book.csv.");
    }

    @Test
    void editingAPendingBetOpensTheCorrectionDialogForIt(FxRobot robot) {
        robot.interact(() -> {
            select(1);
            controller.onEdit();
        });

        assertThat(corrected).singleElement().satisfies(b -> assertThat(b.status()).isEqualTo(BetStatus.PENDING));
    }

    private void select(int index) {
        controller.model().selectedProperty().set(controller.model().rows().visible().get(index));
    }

    /** Answers as the test sets it and records what was asked and said. */
    private static final class ScriptedDialogs implements Dialogs {
        boolean confirmAnswer;
        Optional<Path> saveTo = Optional.empty();
        final List<String> questions = new ArrayList<>();
        final List<String> messages = new ArrayList<>();

        @Override
        public boolean confirm(String question) {
            questions.add(question);
            return confirmAnswer;
        }

        @Override
        public void inform(String message) {
            messages.add(message);
        }

        @Override
        public void fail(String message) {
            messages.add("failed: " + message);
        }

        @Override
        public Optional<Path> csvToSave(String suggestedName) {
            return saveTo;
        }

        @Override
        public Optional<Path> csvToOpen() {
            return Optional.empty();
        }
    }
}
