package com.monps.desktop.fx;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * CLV as a badge: :positive when the bet beat the closing line (≥ 0), :negative below it, "--" while not computed,
 * and :line-moved, with the closing line instead of a number, for a line bet whose point was no longer quoted at the
 * close (docs/markets.md: such a bet has no closing odds, and no CLV is invented for it).
 */
public final class ClvBadgeCell<S> extends TableCell<S, BigDecimal> {

    private final Label badge = new Label();
    private final Formats formats;
    private final Function<S, Optional<String>> lineMoved;

    /** A badge of a CLV alone (a group's average, say). */
    public ClvBadgeCell(Formats formats) {
        this(formats, row -> Optional.empty());
    }

    /** A badge that reads {@code lineMoved} of its row first: present, it is shown in place of the CLV. */
    public ClvBadgeCell(Formats formats, Function<S, Optional<String>> lineMoved) {
        this.formats = formats;
        this.lineMoved = lineMoved;
        badge.getStyleClass().add(Styles.CLV_BADGE);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(BigDecimal clv, boolean empty) {
        super.updateItem(clv, empty);
        TableRow<S> row = getTableRow();
        if (empty || row == null || row.getItem() == null) {
            setGraphic(null);
            return;
        }
        Optional<String> moved = lineMoved.apply(row.getItem());
        badge.setText(moved.orElseGet(() -> clv == null ? Formats.NONE : formats.signedPercent(clv)));
        badge.pseudoClassStateChanged(Styles.LINE_MOVED, moved.isPresent());
        Styles.sign(badge, moved.isPresent() ? null : clv);
        setGraphic(badge);
    }
}
