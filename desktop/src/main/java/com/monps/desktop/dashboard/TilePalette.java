package com.monps.desktop.dashboard;

import com.monps.desktop.fx.Theme;
import javafx.scene.paint.Color;

/**
 * TilesFX paints its tiles from Color properties rather than CSS, so the dashboard takes the theme's tokens from here.
 * Keep these in step with theme/dark.css and theme/light.css.
 */
record TilePalette(Color background, Color title, Color value, Color muted, Color profit, Color loss) {

    static TilePalette of(Theme theme) {
        return theme == Theme.LIGHT
                ? new TilePalette(Color.web("#ffffff"), Color.web("#66717e"), Color.web("#0b1017"), Color.web("#66717e"),
                        Color.web("#1a7f4e"), Color.web("#c62f28"))
                : new TilePalette(Color.web("#141a22"), Color.web("#7d8896"), Color.web("#f0f3f6"), Color.web("#7d8896"),
                        Color.web("#3fb27f"), Color.web("#e5534b"));
    }

    /** Green above zero, red below, the plain value colour at zero or when unknown. */
    Color signed(Number value) {
        if (value == null || value.doubleValue() == 0) {
            return this.value;
        }
        return value.doubleValue() > 0 ? profit : loss;
    }
}
