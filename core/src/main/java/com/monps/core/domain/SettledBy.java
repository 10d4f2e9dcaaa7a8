package com.monps.core.domain;

import java.util.Locale;

public enum SettledBy {
    AUTO, MANUAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SettledBy fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
