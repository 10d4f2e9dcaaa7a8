package com.monps.agent.monitoring;

import com.monps.agent.AgentContext;
import com.monps.agent.cli.AgentDaemon;
import com.monps.agent.cli.DaemonConfigs;
import com.monps.agent.scheduler.SchedulerSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every panel of the Grafana dashboards and every alert rule reads series the agent really exports: the metric names
 * of their PromQL are checked against a live {@code GET /metrics} of a running agent daemon, after one job ran and one
 * API request was served.
 */
class DashboardMetricsTest {

    /** Series Prometheus makes itself, not the agent. */
    private static final Set<String> FROM_PROMETHEUS = Set.of("up");

    /** Series the JVM binder registers only on the first GC notification, which a short test run may not see. */
    private static final Set<String> AFTER_FIRST_GC = Set.of("jvm_gc_pause_seconds_count", "jvm_gc_pause_seconds_sum");

    private static Set<String> scraped;

    @BeforeAll
    static void scrapeTheAgent() {
        scraped = liveScrapeOfAnAgentThatRanAJob();
    }

    @Test
    void extractsOnlyMetricNamesFromPromQl() {
        assertThat(PromQlMetricNames.in(
                "sum by (job) (rate(monps_job_duration_seconds_sum{job=~\"settle|clv\"}[$__rate_interval] offset 1h))"
                        + " / on (job) group_left sum without (instance) (rate(monps_job_duration_seconds_count[5m]))"))
                .containsExactlyInAnyOrder("monps_job_duration_seconds_sum", "monps_job_duration_seconds_count");
        assertThat(PromQlMetricNames.in("time() - monps_job_last_success{job=\"settle\"} > 13 * 3600 and up == 1"))
                .containsExactlyInAnyOrder("monps_job_last_success", "up");
        assertThat(PromQlMetricNames.in("min(monps_credits_remaining) < 0.10 * max(monps_credit_budget) or absent(up{job='a b'})"))
                .containsExactlyInAnyOrder("monps_credits_remaining", "monps_credit_budget", "up");
    }

    @Test
    void theDashboardsAndAlertsHaveQueriesToCheck() {
        assertThat(MonitoringFiles.dashboards()).extracting(p -> p.getFileName().toString())
                .containsExactly("betting-performance.json", "opportunities-monitor.json", "system-health.json");
        assertThat(MonitoringFiles.dashboardQueries()).hasSizeGreaterThan(25);
        assertThat(MonitoringFiles.alertQueries()).hasSize(9);
    }

    @Test
    void everySeriesTheDashboardsAndAlertsReadIsServedOnTheAgentsMetricsEndpoint() {
        Map<String, String> unknown = new TreeMap<>();
        usedMetrics().forEach((metric, where) -> {
            if (!scraped.contains(metric) && !FROM_PROMETHEUS.contains(metric) && !AFTER_FIRST_GC.contains(metric)) {
                unknown.put(metric, where);
            }
        });
        assertThat(unknown).as("metric names read by dashboards/alerts that the agent does not export").isEmpty();
    }

    /** Metric name to the first place that reads it. */
    private static Map<String, String> usedMetrics() {
        Map<String, String> used = new TreeMap<>();
        Stream.concat(MonitoringFiles.dashboardQueries().stream(), MonitoringFiles.alertQueries().stream())
                .forEach(q -> PromQlMetricNames.in(q.expression()).forEach(name -> used.putIfAbsent(name, q.where())));
        return used;
    }

    /** The series names of {@code GET /metrics} from a running daemon, after one job ran and one API request was served. */
    private static Set<String> liveScrapeOfAnAgentThatRanAJob() {
        try (AgentContext agent = new AgentContext(DaemonConfigs.config(DaemonConfigs.TOKEN));
             AgentDaemon daemon = AgentDaemon.start(agent, SchedulerSettings.defaults())) {
            agent.runner().run(agent.job("clv"));
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + daemon.address().getPort());
            http.send(authorized(base.resolve("/bets/stats")), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> metrics = http.send(authorized(base.resolve("/metrics")), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            return seriesNames(metrics.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest authorized(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + DaemonConfigs.TOKEN).GET().build();
    }

    private static Set<String> seriesNames(String exposition) {
        return exposition.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
