package com.monps.agent.cli;

import com.monps.agent.AgentContext;
import com.monps.agent.scheduler.SchedulerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.monps.core.jooq.Tables.API_REQUESTS;
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
    void showsEveryContractSeriesOnMetricsBeforeTheFirstEvent() throws Exception {
        String metrics = get("/metrics", DaemonConfigs.TOKEN).body();

        assertThat(metrics).contains(
                "monps_opportunities_total 0.0",
                "monps_bets_placed_total 0.0",
                "monps_api_requests_total{endpoint=\"/bets/place\",status=\"200\"} 0.0",
                "monps_collector_duration_seconds_count 0",
                "monps_credits_remaining NaN",
                "monps_job_last_success{job=\"settle\"} 0.0",
                "monps_job_failures_total{job=\"collect\"} 0.0",
                "monps_job_duration_seconds_count{job=\"clv\"} 0",
                "jvm_memory_used_bytes{",
                "jvm_gc_",
                "jvm_threads_live_threads",
                "system_cpu_count",
                "process_uptime_seconds",
                "hikaricp_connections_max{pool=\"monps\"} 5.0");
    }

    @Test
    void countsRequestsByEndpointAndStatusAndReadsCreditsFromTheDatabase() throws Exception {
        get("/bets/stats", DaemonConfigs.TOKEN);
        get("/bets/stats", "wrong");
        get("/bets/everything", DaemonConfigs.TOKEN);
        context.database().dsl().insertInto(API_REQUESTS, API_REQUESTS.ENDPOINT, API_REQUESTS.HTTP_STATUS, API_REQUESTS.REQUESTS_REMAINING)
                .values("/v4/sports/soccer_epl/odds", 200, 412).execute();

        String metrics = get("/metrics", DaemonConfigs.TOKEN).body();

        assertThat(metrics).contains(
                "monps_api_requests_total{endpoint=\"/bets/stats\",status=\"200\"} 1.0",
                "monps_api_requests_total{endpoint=\"/bets/stats\",status=\"401\"} 1.0",
                "monps_api_requests_total{endpoint=\"unmatched\",status=\"404\"} 1.0",
                "monps_http_requests_seconds_count{method=\"GET\",route=\"/bets/stats\",status=\"200\"} 1",
                "monps_credits_remaining 412.0");
    }

    @Test
    void createsTheSchedulerTableAndAnswersHealth() throws Exception {
        assertThat(get("/health", null).body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(context.database().dsl().fetchExists(context.database().dsl().selectFrom("scheduled_tasks"))).isFalse();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + daemon.address().getPort() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
