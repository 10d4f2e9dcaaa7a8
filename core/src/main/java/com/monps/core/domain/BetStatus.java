package com.monps.core.domain;

import java.util.Locale;

public enum BetStatus {
    PENDING, WON, LOST, VOID;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isSettled() {
        return this != PENDING;
    }

    public static BetStatus fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown bet status '" + code + "': expected pending, won, lost or void");
        }
    }
}
