package com.monps.desktop.app;

import com.monps.desktop.fx.Converters;
import com.monps.desktop.fx.Fxml;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.View;
import com.monps.desktop.history.Season;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;

import java.util.List;

/** The season picker's content (SeasonPromptView.fxml): the offered seasons by name, the ticked ones kept in {@code ticked}. */
final class SeasonPromptView implements View {

    private final VBox root;
    @FXML private CheckListView<Season> choices;

    SeasonPromptView(List<Season> offered, ObservableList<Season> ticked, I18n i18n) {
        root = Fxml.load(this, i18n);
        choices.getItems().setAll(offered);
        choices.setCellFactory(list -> new CheckBoxListCell<>(choices::getItemBooleanProperty, Converters.labels(Season::label)));
        ticked.forEach(season -> choices.getCheckModel().check(season));
        choices.getCheckModel().getCheckedItems().addListener((ListChangeListener<Season>) change ->
                ticked.setAll(choices.getCheckModel().getCheckedItems()));
    }

    @Override
    public VBox root() {
        return root;
    }
}
