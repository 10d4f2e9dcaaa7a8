package com.monps.desktop.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;

/**
 * The values of a settings file, read key by key: a value that cannot be read (not a number, out of range) is
 * reported with its key and replaced by its default, and every other key keeps its value.
 */
final class SettingsValues {

    private static final Logger log = LoggerFactory.getLogger(SettingsValues.class);

    private final Properties properties;
    private final Path file;

    SettingsValues(Properties properties, Path file) {
        this.properties = properties;
        this.file = file;
    }

    /** The value of {@code key} turned by {@code parse} (which throws on a bad value), or {@code fallback}. */
    <T> T get(String key, Function<String, T> parse, T fallback) {
        String text = properties.getProperty(key);
        if (text == null) {
            return fallback;
        }
        try {
            return parse.apply(text.trim());
        } catch (RuntimeException bad) {
            log.warn("{}: '{}' = '{}' cannot be used ({}); its default {} is used instead, the other settings are kept",
                    file, key, text, bad.getMessage(), fallback);
            return fallback;
        }
    }

    String text(String key, String fallback) {
        return properties.getProperty(key, fallback);
    }
}
