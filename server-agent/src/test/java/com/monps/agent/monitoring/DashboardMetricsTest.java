package com.monps.agent.monitoring;

import com.monps.agent.AgentContext;
import com.monps.agent.config.AgentConfig;
import com.monps.agent.jobs.Job;
import com.monps.agent.jobs.JobResult;
import com.monps.core.db.Database;
import com.monps.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every panel of the Grafana dashboards and every alert rule reads series the agent really exports: the metric names
 * of their PromQL are checked against a scrape of the agent's own {@code PrometheusMeterRegistry}.
 */
class DashboardMetricsTest {

    /** Series Prometheus makes itself, not the agent. */
    private static final Set<String> FROM_PROMETHEUS = Set.of("up");

    /**
     * Series the agent exports only after their first event: a GC pause (the JVM binder registers the timer on the first
     * GC notification) or a control API request (the timer's tags are the request's route and status).
     */
    private static final Set<String> AFTER_FIRST_EVENT = Set.of("jvm_gc_pause_seconds_count", "jvm_gc_pause_seconds_sum",
            "monps_http_requests_seconds_count", "monps_http_requests_seconds_sum");

    /**
     * Series the dashboards use that the agent of this branch does not export yet, with who adds them. The last test
     * fails as soon as one of them appears in the scrape: delete it from here then, until this map is empty.
     */
    private static final Map<String, String> AWAITED = awaited(Map.of());

    private static Set<String> scraped;

    @BeforeAll
    static void scrapeTheAgent() {
        scraped = scrapeOfAnAgentThatRanAJob();
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
    void everySeriesTheDashboardsAndAlertsReadIsScrapedFromTheAgentOrAwaitedFromItsAuthor() {
        Map<String, String> unknown = new TreeMap<>();
        usedMetrics().forEach((metric, where) -> {
            if (!scraped.contains(metric) && !AWAITED.containsKey(metric) && !FROM_PROMETHEUS.contains(metric)
                    && !AFTER_FIRST_EVENT.contains(metric)) {
                unknown.put(metric, where);
            }
        });
        assertThat(unknown).as("metric names read by dashboards/alerts that the agent does not export").isEmpty();
    }

    @Test
    void noAwaitedSeriesIsAlreadyExported() {
        Set<String> exportedNow = new TreeSet<>(scraped);
        exportedNow.retainAll(AWAITED.keySet());
        assertThat(exportedNow).as("now exported by the agent: delete them from DashboardMetricsTest.AWAITED").isEmpty();
    }

    @Test
    void everyAwaitedSeriesIsStillUsedByADashboardOrAlert() {
        assertThat(usedMetrics().keySet()).containsAll(AWAITED.keySet());
    }

    /** Metric name to the first place that reads it. */
    private static Map<String, String> usedMetrics() {
        Map<String, String> used = new TreeMap<>();
        Stream.concat(MonitoringFiles.dashboardQueries().stream(), MonitoringFiles.alertQueries().stream())
                .forEach(q -> PromQlMetricNames.in(q.expression()).forEach(name -> used.putIfAbsent(name, q.where())));
        return used;
    }

    /** The series names of a /metrics scrape of the agent's registry after one job ran through its JobRunner. */
    private static Set<String> scrapeOfAnAgentThatRanAJob() {
        try (Database db = TestDatabase.fresh()) {
            Map<String, String> env = new HashMap<>();
            env.put("MONPS_DB_URL", db.config().url());
            env.put("MONPS_DB_USER", db.config().user());
            env.put("MONPS_DB_PASSWORD", db.config().password());
            try (AgentContext agent = new AgentContext(AgentConfig.from(env))) {
                agent.runner().run(new Job() {
                    public String name() {
                        return "settle";
                    }

                    public JobResult run() {
                        return new JobResult(0, "nothing to settle");
                    }
                });
                return seriesNames(agent.meters().scrape());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Set<String> seriesNames(String exposition) {
        return exposition.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> awaited(Map<String, Set<String>> byAuthor) {
        Map<String, String> byMetric = new TreeMap<>();
        byAuthor.forEach((author, metrics) -> metrics.forEach(m -> byMetric.put(m, author)));
        return byMetric;
    }
}
