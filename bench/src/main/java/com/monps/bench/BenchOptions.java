package com.monps.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --key=value} options of the command line, e.g. {@code --ingest.rows=200000}, with each benchmark's default. */
public final class BenchOptions {

    private final Map<String, String> values;

    private BenchOptions(Map<String, String> values) {
        this.values = values;
    }

    public static BenchOptions parse(Iterable<String> options) {
        Map<String, String> values = new HashMap<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            if (!option.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("options look like --name=value (got '" + option + "')");
            }
            values.put(option.substring(2, equals), option.substring(equals + 1));
        }
        return new BenchOptions(values);
    }

    public int integer(String key, int defaultValue) {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a whole number (got '" + value + "')");
        }
    }
}
