package com.monps.agent.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The monitoring/ folder of the repository, read as its consumers (Prometheus, Grafana) would. */
final class MonitoringFiles {

    static final Path ROOT = Path.of("..", "monitoring").toAbsolutePath().normalize();
    static final Path PROMETHEUS = ROOT.resolve("prometheus");
    static final Path ALERTS = PROMETHEUS.resolve("alerts.yml");
    static final Path DASHBOARDS = ROOT.resolve("grafana").resolve("dashboards");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private MonitoringFiles() {
    }

    /** One PromQL expression and where it is written, for error messages. */
    record Query(String where, String expression) {
    }

    static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static List<JsonNode> alertRules() {
        List<JsonNode> rules = new ArrayList<>();
        yaml(ALERTS).path("groups").forEach(group -> group.path("rules").forEach(rules::add));
        return rules;
    }

    static List<Query> alertQueries() {
        return alertRules().stream()
                .map(rule -> new Query("alerts.yml " + rule.path("alert").asText(), rule.path("expr").asText()))
                .toList();
    }

    static List<Path> dashboards() {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Prometheus query of every panel; SQL panels (PostgreSQL data source) carry rawSql, not expr. */
    static List<Query> dashboardQueries() {
        List<Query> queries = new ArrayList<>();
        for (Path file : dashboards()) {
            JsonNode dashboard = json(file);
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    if (target.hasNonNull("expr")) {
                        queries.add(new Query(file.getFileName() + " / " + panel.path("title").asText(), target.path("expr").asText()));
                    }
                }
            }
        }
        return queries;
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
