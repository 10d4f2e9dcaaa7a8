package com.monps.desktop.fx;

import javafx.scene.control.TableCell;

import java.math.BigDecimal;
import java.util.function.Function;

/** A result (profit, ROI): green above zero, red below, plain at zero or while unknown. */
public final class SignedCell<S> extends TableCell<S, BigDecimal> {

    private final Function<BigDecimal, String> format;

    public SignedCell(Function<BigDecimal, String> format) {
        this.format = format;
        getStyleClass().addAll(Styles.SIGNED, Styles.NUMERIC);
    }

    @Override
    protected void updateItem(BigDecimal value, boolean empty) {
        super.updateItem(value, empty);
        if (empty) {
            setText(null);
            Styles.strictSign(this, null);
            return;
        }
        setText(value == null ? Formats.NONE : format.apply(value));
        Styles.strictSign(this, value);
    }
}
