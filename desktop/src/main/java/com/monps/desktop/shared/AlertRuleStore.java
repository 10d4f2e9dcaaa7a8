package com.monps.desktop.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The alert rule, in its own properties file of the data folder (a missing file: alerts off). */
public final class AlertRuleStore {

    private final Path file;

    public AlertRuleStore(Path file) {
        this.file = file;
    }

    public AlertRule load() {
        if (!Files.isRegularFile(file)) {
            return AlertRule.OFF;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the alert rule in " + file, e);
        }
        return new AlertRule(Boolean.parseBoolean(p.getProperty("enabled")),
                new BigDecimal(p.getProperty("min.edge.pct", AlertRule.OFF.minEdgePct().toPlainString())),
                new BigDecimal(p.getProperty("min.patron.score", AlertRule.OFF.minPatronScore().toPlainString())));
    }

    public void save(AlertRule rule) {
        Properties p = new Properties();
        p.setProperty("enabled", Boolean.toString(rule.enabled()));
        p.setProperty("min.edge.pct", rule.minEdgePct().toPlainString());
        p.setProperty("min.patron.score", rule.minPatronScore().toPlainString());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Mon_PS opportunity alerts");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the alert rule to " + file, e);
        }
    }
}
