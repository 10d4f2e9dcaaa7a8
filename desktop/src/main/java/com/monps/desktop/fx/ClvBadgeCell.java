package com.monps.desktop.fx;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

import java.math.BigDecimal;

/** CLV as a badge: :positive when the bet beat the closing line (≥ 0), :negative below it, "--" while not computed. */
public final class ClvBadgeCell<S> extends TableCell<S, BigDecimal> {

    private final Label badge = new Label();
    private final Formats formats;

    public ClvBadgeCell(Formats formats) {
        this.formats = formats;
        badge.getStyleClass().add(Styles.CLV_BADGE);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(BigDecimal clv, boolean empty) {
        super.updateItem(clv, empty);
        if (empty) {
            setGraphic(null);
            return;
        }
        badge.setText(clv == null ? Formats.NONE : formats.signedPercent(clv));
        Styles.sign(badge, clv);
        setGraphic(badge);
    }
}
