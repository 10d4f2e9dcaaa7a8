package com.monps.agent.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The monitoring configuration as Prometheus and Alertmanager read it: their own checkers ({@code promtool},
 * {@code amtool}, from Debian's prometheus and prometheus-alertmanager packages that .ci/run installs) must accept it,
 * and each alert must fire in its promtool unit test.
 */
class MonitoringConfigTest {

    @Test
    void promtoolAcceptsTheAlertRules() throws Exception {
        Tool result = run("promtool", "check", "rules", MonitoringFiles.ALERTS.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 9 rules found");
    }

    @Test
    void everyAlertFiresInItsPromtoolUnitTest() throws Exception {
        Tool result = run("promtool", "test", "rules", MonitoringFiles.PROMETHEUS.resolve("alerts.test.yml").toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void everyAlertHasAUnitTestASeverityAndASummary() {
        Set<String> tested = new TreeSet<>();
        MonitoringFiles.yaml(MonitoringFiles.PROMETHEUS.resolve("alerts.test.yml")).path("tests")
                .forEach(test -> test.path("alert_rule_test").forEach(t -> tested.add(t.path("alertname").asText())));
        for (JsonNode rule : MonitoringFiles.alertRules()) {
            String name = rule.path("alert").asText();
            assertThat(tested).as("alerts.test.yml tests " + name).contains(name);
            assertThat(rule.path("labels").path("severity").asText()).as(name).isIn("warning", "critical");
            assertThat(rule.path("annotations").path("summary").asText()).as(name).isNotBlank();
        }
    }

    /** promtool insists the token file exists: check the folder as it is installed, with a token beside it. */
    @Test
    void promtoolAcceptsTheScrapeConfigurationOnceTheTokenFileIsInPlace(@TempDir Path etc) throws Exception {
        for (String file : List.of("prometheus.yml", "alerts.yml")) {
            Files.copy(MonitoringFiles.PROMETHEUS.resolve(file), etc.resolve(file));
        }
        Files.createDirectories(etc.resolve("secrets"));
        Files.writeString(etc.resolve("secrets/monps-agent.token"), "a-token-for-the-check");

        Tool result = run("promtool", "check", "config", etc.resolve("prometheus.yml").toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 1 rule files found");
    }

    @Test
    void amtoolAcceptsTheAlertmanagerExample() throws Exception {
        Tool result = run("amtool", "check-config", MonitoringFiles.ROOT.resolve("alertmanager/alertmanager.yml").toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void grafanaProvisioningPointsAtTheDashboardsAndDataSourcesTheyUse() throws IOException {
        Path provisioning = MonitoringFiles.ROOT.resolve("grafana/provisioning");
        Set<String> provided = new TreeSet<>();
        MonitoringFiles.yaml(provisioning.resolve("datasources/monps.yml")).path("datasources")
                .forEach(ds -> provided.add(ds.path("uid").asText()));
        Set<String> used = new TreeSet<>();
        for (Path dashboard : MonitoringFiles.dashboards()) {
            MonitoringFiles.json(dashboard).path("panels").forEach(panel -> {
                used.add(panel.path("datasource").path("uid").asText());
                panel.path("targets").forEach(t -> used.add(t.path("datasource").path("uid").asText()));
            });
        }
        assertThat(provided).containsAll(used);
        try (Stream<Path> files = Files.list(provisioning.resolve("dashboards"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("monps.yml");
        }
    }

    private record Tool(int exitCode, String output) {
    }

    private static Tool run(String tool, String... args) throws IOException, InterruptedException {
        assumeTrue(onPath(tool), tool + " is not installed (Debian package prometheus / prometheus-alertmanager; .ci/run installs it)");
        Path output = Files.createTempFile("monps-" + tool, ".txt");
        try {
            Process process = new ProcessBuilder(Stream.concat(Stream.of(tool), Stream.of(args)).toList())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).as(tool + " finished").isTrue();
            return new Tool(process.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
