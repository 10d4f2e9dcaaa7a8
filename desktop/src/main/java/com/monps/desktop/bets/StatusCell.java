package com.monps.desktop.bets;

import com.monps.core.domain.BetStatus;
import com.monps.desktop.fx.I18n;
import com.monps.desktop.fx.Styles;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** The status of a bet as a coloured word: pending, won (green), lost (red), void (plain). */
final class StatusCell extends TableCell<BetRow, BetStatus> {

    private final Label pill = new Label();
    private final I18n i18n;

    StatusCell(I18n i18n) {
        this.i18n = i18n;
        pill.getStyleClass().add(Styles.STATUS_PILL);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(BetStatus status, boolean empty) {
        super.updateItem(status, empty);
        if (empty || status == null) {
            setGraphic(null);
            return;
        }
        pill.setText(i18n.get("status." + status.code()));
        for (BetStatus s : BetStatus.values()) {
            pill.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.code()), s == status);
        }
        setGraphic(pill);
    }
}
