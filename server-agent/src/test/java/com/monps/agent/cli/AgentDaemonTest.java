package com.monps.agent.cli;

import com.monps.agent.AgentContext;
import com.monps.agent.scheduler.SchedulerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class AgentDaemonTest {

    private final AgentContext context = new AgentContext(DaemonConfigs.config(DaemonConfigs.TOKEN));
    private final AgentDaemon daemon = AgentDaemon.start(context, SchedulerSettings.defaults());
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        daemon.close();
        context.close();
    }

    @Test
    void servesTheAgentsSeriesOnMetricsAndTimesItsOwnRequests() throws Exception {
        get("/bets/stats", DaemonConfigs.TOKEN);
        get("/bets/stats", "wrong");
        get("/bets/everything", DaemonConfigs.TOKEN);

        HttpResponse<String> metrics = get("/metrics", DaemonConfigs.TOKEN);

        assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(metrics.body()).contains(
                "monps_opportunities_total 0.0",
                "monps_bets_placed_total 0.0",
                "monps_api_requests_total{endpoint=\"odds\",status=\"200\"} 0.0",
                "monps_collector_duration_seconds_count 0",
                "monps_credits_remaining NaN",
                "monps_job_last_success{job=\"scan\"} 0.0",
                "monps_job_failures_total{job=\"collect\"} 0.0",
                "jvm_gc_",
                "hikaricp_connections_max{pool=\"monps\"} 5.0",
                "monps_http_requests_seconds_count{method=\"GET\",route=\"/bets/stats\",status=\"200\"} 1",
                "monps_http_requests_seconds_count{method=\"GET\",route=\"/bets/stats\",status=\"401\"} 1",
                "monps_http_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"} 1");
    }

    @Test
    void schedulesTheJobsOfThisBuildAndAnswersHealth() throws Exception {
        assertThat(get("/health", null).body()).isEqualTo("{\"status\":\"ok\"}");
        var tasks = context.database().dsl().fetch("SELECT task_name, execution_time FROM scheduled_tasks")
                .intoMap(r -> r.get(0, String.class), r -> r.get(1, OffsetDateTime.class));
        var settleInParis = tasks.get("settle").atZoneSameInstant(ZoneId.of("Europe/Paris")).toLocalTime();

        assertThat(tasks).containsOnlyKeys("collect", "settle", "clv", "scan");
        assertThat(settleInParis).isIn(LocalTime.of(8, 0), LocalTime.of(20, 0));
        assertThat(tasks.get("collect")).as("no credit to spend: next collection at the end of the month")
                .isAfter(OffsetDateTime.now().plusMinutes(1));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + daemon.address().getPort() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
