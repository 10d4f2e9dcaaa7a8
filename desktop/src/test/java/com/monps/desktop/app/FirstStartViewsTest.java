package com.monps.desktop.app;

import com.monps.desktop.fx.I18n;
import com.monps.desktop.history.Season;
import com.monps.desktop.history.SeasonCatalog;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The first start's pages from their FXML: the progress page, the season picker on 2026-12-01, the password prompt. */
@ExtendWith(ApplicationExtension.class)
class FirstStartViewsTest {

    private final PreparingModel preparing = new PreparingModel();
    private final ObservableList<Season> ticked = FXCollections.observableArrayList();
    private final StringProperty password = new SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.ENGLISH);
        SeasonCatalog catalog = new SeasonCatalog(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        ticked.setAll(catalog.defaults());
        HBox pages = new HBox(new PreparingView(preparing, i18n).root(), new SeasonPromptView(catalog.offered(), ticked, i18n).root(),
                new PasswordPromptView(password, i18n).root());
        stage.setScene(new Scene(pages, 1400, 600));
        stage.show();
    }

    @Test
    void theProgressPageShowsEachStepAndAFailureWithoutItsBar(FxRobot robot) {
        robot.interact(() -> preparing.step("Importing 10 seasons of real history…"));
        assertThat(robot.lookup("#prepare-step").queryAs(Label.class).getText()).isEqualTo("Importing 10 seasons of real history…");

        robot.interact(() -> preparing.fail("Mon_PS could not start: disk full"));
        assertThat(robot.lookup("#prepare-step").queryAs(Label.class).getStyleClass()).contains("error-text");
        assertThat(robot.lookup(".progress-bar").queryAs(ProgressBar.class).isVisible()).isFalse();
    }

    @Test
    void theSeasonPickerOffersTheCurrentSeasonFirstByNameWithTheBigFiveTicked(FxRobot robot) {
        CheckListView<Season> choices = robot.lookup("#season-choices").queryAs(CheckListView.class);

        assertThat(robot.lookup("Premier League 2026/27").tryQuery()).isPresent();
        assertThat(choices.getItems().getFirst().label()).isEqualTo("Premier League 2026/27");
        assertThat(choices.getCheckModel().getCheckedItems()).hasSize(10);

        robot.interact(() -> choices.getCheckModel().clearCheck(choices.getItems().getFirst()));
        assertThat(ticked).hasSize(9).extracting(Season::label).doesNotContain("Premier League 2026/27");
    }

    @Test
    void thePasswordTypedReachesItsPropertyAndTheFieldMasksIt(FxRobot robot) {
        robot.clickOn("#prompt-password").write("s3cret");

        assertThat(password.get()).isEqualTo("s3cret");
        assertThat(robot.lookup("#prompt-password .text").queryAs(Text.class).getText()).hasSize(6).doesNotContain("s3cret");
    }
}
