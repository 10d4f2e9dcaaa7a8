package com.monps.desktop.fx;

import javafx.css.PseudoClass;
import javafx.scene.Node;

import java.math.BigDecimal;

/** Style-class names and pseudo-classes of the theme (see theme/base.css): the only way code gives a node a colour. */
public final class Styles {

    public static final String CLV_BADGE = "clv-badge";
    /** The implied no-vig CLV of a moved line, beside its "line moved" badge. */
    public static final String CLV_IMPLIED = "clv-implied";
    public static final String SIGNED = "signed";
    public static final String STATUS_PILL = "status-pill";
    public static final String MUTED = "muted";
    public static final String TITLE = "screen-title";
    public static final String SECTION = "section-title";
    public static final String CARD = "card";
    public static final String TOOLBAR = "filter-bar";
    public static final String TOTALS = "totals-bar";
    public static final String BANNER = "offline-banner";
    public static final String ERROR_TEXT = "error-text";
    public static final String WARNING_TEXT = "warning-text";
    public static final String NAV_BUTTON = "nav-button";
    public static final String NUMERIC = "numeric";

    public static final PseudoClass POSITIVE = PseudoClass.getPseudoClass("positive");
    public static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    /** A line bet whose point was not quoted at the close: its CLV badge names the closing line instead. */
    public static final PseudoClass LINE_MOVED = PseudoClass.getPseudoClass("line-moved");

    private Styles() {
    }

    /** Marks {@code node} :positive (≥ 0) or :negative (< 0); neither when the value is unknown. */
    public static void sign(Node node, BigDecimal value) {
        node.pseudoClassStateChanged(POSITIVE, value != null && value.signum() >= 0);
        node.pseudoClassStateChanged(NEGATIVE, value != null && value.signum() < 0);
    }

    /** Like {@link #sign} but zero is neutral: for results, where breaking even is neither green nor red. */
    public static void strictSign(Node node, BigDecimal value) {
        node.pseudoClassStateChanged(POSITIVE, value != null && value.signum() > 0);
        node.pseudoClassStateChanged(NEGATIVE, value != null && value.signum() < 0);
    }
}
