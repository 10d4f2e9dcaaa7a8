package com.monps.desktop.settings;

import com.monps.desktop.betentry.StakingRules;
import com.monps.desktop.fx.Theme;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/** Everything the trader sets: connection, staking, agent API, language, theme, and the window as it was left. */
public record DesktopSettings(ConnectionProfile profile, BigDecimal bankroll, double kellyFraction, double maxShare,
                             String language, Theme theme, URI agentUrl, Path agentTokenFile,
                             double windowWidth, double windowHeight, String lastScreen) {

    public static DesktopSettings defaults() {
        return new DesktopSettings(ConnectionProfile.embedded(), new BigDecimal("1000.00"), 0.25, 0.05, "system", Theme.DARK,
                URI.create("http://127.0.0.1:8001"), null, 1440, 900, "dashboard");
    }

    public DesktopSettings {
        checkBankroll(bankroll);
        checkShare("Kelly fraction", kellyFraction);
        checkShare("largest share", maxShare);
    }

    static BigDecimal checkBankroll(BigDecimal bankroll) {
        if (bankroll == null || bankroll.signum() < 0) {
            throw new IllegalArgumentException("bankroll must be a number of 0 or more");
        }
        return bankroll;
    }

    /** A share of the bankroll: above 0, at most 1. */
    static double checkShare(String what, double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException(what + " must be above 0 and at most 1 (got " + share + ")");
        }
        return share;
    }

    public StakingRules staking() {
        return new StakingRules(bankroll, kellyFraction, maxShare);
    }

    /** French for "fr", English for "en", else the system's locale. */
    public Locale locale() {
        return switch (language) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> Locale.getDefault();
        };
    }

    public DesktopSettings withWindow(double width, double height, String screen) {
        return new DesktopSettings(profile, bankroll, kellyFraction, maxShare, language, theme, agentUrl, agentTokenFile,
                width, height, screen);
    }
}
