package com.monps.desktop.fx;

import javafx.scene.control.TableCell;

import java.math.BigDecimal;

/** A profit or loss: green above zero, red below, plain at zero or while unknown. */
public final class SignedMoneyCell<S> extends TableCell<S, BigDecimal> {

    private final Formats formats;

    public SignedMoneyCell(Formats formats) {
        this.formats = formats;
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
        setText(value == null ? Formats.NONE : formats.signedMoney(value));
        Styles.strictSign(this, value);
    }
}
