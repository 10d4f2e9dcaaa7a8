package com.monps.desktop.fx;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.layout.HBox;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * CLV as a badge: :positive when the bet beat the closing line (≥ 0), :negative below it, "--" while not computed,
 * and :line-moved, with the closing line instead of a number, for a line bet whose point was no longer quoted at the
 * close (docs/markets.md: such a bet has no closing odds, and no CLV is invented for it). Beside a moved line, the
 * implied no-vig CLV (the closing market translated to the bet's line) when the CLV job found one, marked as implied.
 */
public final class ClvBadgeCell<S> extends TableCell<S, BigDecimal> {

    /** What a moved line shows: the badge's text ("line moved → 2.75"), and the implied CLV's text and value, if any. */
    public record LineMoved(String badge, String impliedText, BigDecimal implied) {
    }

    private final Label badge = new Label();
    private final Label implied = new Label();
    private final HBox graphic = new HBox(6, badge, implied);
    private final Formats formats;
    private final Function<S, Optional<LineMoved>> lineMoved;

    /** A badge of a CLV alone (a group's average, say). */
    public ClvBadgeCell(Formats formats) {
        this(formats, row -> Optional.empty());
    }

    /** A badge that reads {@code lineMoved} of its row first: present, it is shown in place of the CLV. */
    public ClvBadgeCell(Formats formats, Function<S, Optional<LineMoved>> lineMoved) {
        this.formats = formats;
        this.lineMoved = lineMoved;
        badge.getStyleClass().add(Styles.CLV_BADGE);
        implied.getStyleClass().add(Styles.CLV_IMPLIED);
        implied.managedProperty().bind(implied.visibleProperty());
        graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
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
        Optional<LineMoved> moved = lineMoved.apply(row.getItem());
        badge.setText(moved.map(LineMoved::badge).orElseGet(() -> clv == null ? Formats.NONE : formats.signedPercent(clv)));
        badge.pseudoClassStateChanged(Styles.LINE_MOVED, moved.isPresent());
        Styles.sign(badge, moved.isPresent() ? null : clv);
        Optional<LineMoved> withImplied = moved.filter(m -> m.implied() != null);
        implied.setVisible(withImplied.isPresent());
        implied.setText(withImplied.map(LineMoved::impliedText).orElse(""));
        Styles.sign(implied, withImplied.map(LineMoved::implied).orElse(null));
        setGraphic(graphic);
    }
}
