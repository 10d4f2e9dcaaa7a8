package com.monps.agent.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Typed reads of configuration variables, each failure naming the variable and the value expected. */
final class Settings {

    private final Map<String, String> values;

    Settings(Map<String, String> values) {
        this.values = values;
    }

    /** The environment, overridden by the properties file named in {@code MONPS_CONFIG} when it is set. */
    static Map<String, String> withOverrideFile(Map<String, String> env) {
        Map<String, String> merged = new HashMap<>(env);
        String file = env.get("MONPS_CONFIG");
        if (file != null && !file.isBlank()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(file))) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read MONPS_CONFIG file " + file + ": " + e.getMessage(), e);
            }
            properties.forEach((k, v) -> merged.put(k.toString(), v.toString().trim()));
        }
        return merged;
    }

    String get(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    List<String> list(String name, String fallback) {
        return AgentConfig.split(get(name, fallback));
    }

    int integer(String name, int fallback) {
        String value = get(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number (got '" + value + "')");
        }
    }

    BigDecimal decimal(String name, String fallback) {
        String value = get(name, fallback);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number such as 1000 or 250.50 (got '" + value + "')");
        }
    }

    Duration duration(String name, String fallback) {
        String value = get(name, fallback);
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT3H (got '" + value + "')");
        }
    }

    InetSocketAddress address(String name, String fallback) {
        String value = get(name, fallback);
        int colon = value.lastIndexOf(':');
        try {
            return new InetSocketAddress(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be host:port such as 127.0.0.1:8001 (got '" + value + "')");
        }
    }
}
